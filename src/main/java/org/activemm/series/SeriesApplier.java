package org.activemm.series;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.activemm.tree.SourceTree;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;

/**
 * Applies a series patch by patch in memory on a base tree. A patch that
 * does not apply leaves the tree as it was, and the series goes on; a later
 * patch that then fails on a file the failed one touched is reported as
 * depending on it.
 */
public final class SeriesApplier {
    private SeriesApplier() {
    }

    /** One step per patch (the cover letter is none), in order. */
    public static List<Step> apply(PatchSeries series, SourceTree base) throws IOException {
        List<Step> steps = new ArrayList<>();
        StepTree tree = StepTree.of(base);
        Map<String, Integer> failedOn = new HashMap<>();
        for (PatchMail mail : series.patches()) {
            int entry = series.indexOf(mail);
            List<FileChange> changes = DiffReader.changes(mail);
            Map<String, byte[]> result = new LinkedHashMap<>();
            ApplyFailure failure = mail.hasDiff() ? applyAll(tree, changes, result)
                    : new ApplyFailure(null, 0, null, 0, mail.fileLine(0), "the mail has no diff", -1);
            StepTree after = tree;
            if (failure == null) {
                after = tree.with(base.name() + " after " + mail.source(), result);
            } else {
                for (FileChange change : changes) {
                    Integer earlier = failedOn.get(change.path());
                    if (earlier != null && failure.dependsOn() < 0) {
                        failure = failure.dependingOn(earlier);
                    }
                }
                changes.forEach(c -> failedOn.putIfAbsent(c.path(), entry));
            }
            steps.add(new Step(entry, mail, tree, after, changes, failure));
            tree = after;
        }
        return steps;
    }

    /** Applies every file's change into {@code result}; the first failure, or null when all applied. */
    private static ApplyFailure applyAll(StepTree tree, List<FileChange> changes, Map<String, byte[]> result)
            throws IOException {
        for (FileChange change : changes) {
            ApplyFailure failure = applyOne(tree, change, result);
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    private static ApplyFailure applyOne(StepTree tree, FileChange change, Map<String, byte[]> result)
            throws IOException {
        String path = change.path();
        for (String p : List.of(change.oldPath(), change.newPath())) {
            if (!TouchedFile.DEV_NULL.equals(p) && !SafePaths.isSafe(p)) {
                return fileFailure(change, "the path leaves the tree");
            }
        }
        if (change.binary() && change.binaryHunk() == null) {
            return fileFailure(change, "a binary diff without its data (git format-patch --binary writes it)");
        }
        Optional<byte[]> old = change.type() == ChangeType.ADD ? Optional.empty()
                : current(tree, result, change.oldPath());
        if (change.type() == ChangeType.ADD && current(tree, result, path).isPresent()) {
            return fileFailure(change, "the file already exists");
        }
        if (change.type() != ChangeType.ADD && old.isEmpty()) {
            return fileFailure(change, "no such file");
        }
        if (change.binary()) {
            Optional<byte[]> bytes = BinaryPatch.apply(change.binaryHunk(), old.orElse(new byte[0]));
            if (bytes.isEmpty()) {
                return fileFailure(change, "the binary diff does not make a file from the one at this step");
            }
            record(change, bytes.get(), result);
            return null;
        }
        HunkApplier.Result applied = HunkApplier.apply(old.map(b -> Latin1.of(b, 0, b.length)).orElse(""),
                change.hunks());
        if (applied instanceof HunkApplier.Failed failed) {
            Hunk h = failed.hunk();
            return new ApplyFailure(path, h.number(), h.header(), h.oldStart(), h.mailLine(),
                    "its lines are not in the file at this step", -1);
        }
        record(change, Latin1.bytes(((HunkApplier.Applied) applied).text()), result);
        return null;
    }

    private static void record(FileChange change, byte[] bytes, Map<String, byte[]> result) {
        if (change.type() == ChangeType.RENAME || change.type() == ChangeType.DELETE) {
            result.put(change.oldPath(), null);
        }
        if (change.type() != ChangeType.DELETE) {
            result.put(change.newPath(), bytes);
        }
    }

    private static Optional<byte[]> current(StepTree tree, Map<String, byte[]> result, String path)
            throws IOException {
        if (result.containsKey(path)) {
            return Optional.ofNullable(result.get(path));
        }
        return tree.read(path);
    }

    private static ApplyFailure fileFailure(FileChange change, String reason) {
        return new ApplyFailure(change.path(), 0, null, 0, change.mailLine(), reason, -1);
    }
}
