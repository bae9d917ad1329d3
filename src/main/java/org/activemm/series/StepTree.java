package org.activemm.series;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.ForwardingVisitor;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SourceFile;
import org.activemm.tree.SourceTree;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The tree after some steps of a series, read-only: the base revision with
 * the files the patches changed laid over it, held in memory. Nothing is
 * written to the repository or checked out. Each overlaid file is handed to
 * a walk with the git blob id of its new bytes, so the scanner's prefilter
 * cache knows it again at the next step when a patch leaves it alone.
 * Closing a step tree does not close the base, which every step shares.
 */
public final class StepTree implements SourceTree {
    private final String name;
    private final SourceTree base;
    /** Path to content; a null content is a file the series deleted. */
    private final Map<String, byte[]> changed;

    StepTree(String name, SourceTree base, Map<String, byte[]> changed) {
        this.name = name;
        this.base = base;
        this.changed = Collections.unmodifiableMap(new TreeMap<>(changed));
    }

    /** The base itself, as step 0. */
    static StepTree of(SourceTree base) {
        return new StepTree(base.name(), base, Map.of());
    }

    /** This tree with more files changed (null content: deleted). */
    StepTree with(String stepName, Map<String, byte[]> more) {
        Map<String, byte[]> all = new TreeMap<>(changed);
        all.putAll(more);
        return new StepTree(stepName, base, all);
    }

    /** The paths the series changed up to this step, and their bytes (null: deleted). */
    public Map<String, byte[]> changed() {
        return changed;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> revision() {
        return changed.isEmpty() ? base.revision() : Optional.empty();
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) throws IOException {
        base.walk(filter, new ForwardingVisitor(visitor) {
            @Override
            public boolean wantsBlob(String path, ObjectId blobId) {
                return !changed.containsKey(path) && super.wantsBlob(path, blobId);
            }
        });
        try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
            for (Map.Entry<String, byte[]> e : changed.entrySet()) {
                byte[] bytes = e.getValue();
                if (bytes == null || !filter.accepts(e.getKey())) {
                    continue;
                }
                ObjectId id = ids.idFor(Constants.OBJ_BLOB, bytes);
                if (visitor.wantsBlob(e.getKey(), id) && visitor.wants(e.getKey(), id, bytes, bytes.length)) {
                    visitor.file(new SourceFile(e.getKey(), bytes, id));
                }
            }
        }
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (changed.containsKey(path)) {
            return Optional.ofNullable(changed.get(path));
        }
        return base.read(path);
    }

    /**
     * The base's id for a file the series left alone; none for one it changed,
     * whose bytes are in memory anyway and cheaper to compare than to hash.
     */
    @Override
    public Optional<ObjectId> blobId(String path) throws IOException {
        return changed.containsKey(path) ? Optional.empty() : base.blobId(path);
    }

    /** The base's, before any patch: after one, the tree is no revision. */
    @Override
    public Optional<List<String>> pathsChangedSince(String commit, int limit) throws IOException {
        return changed.isEmpty() ? base.pathsChangedSince(commit, limit) : Optional.empty();
    }

    @Override
    public boolean hasDirectory(String path) throws IOException {
        String prefix = path + "/";
        boolean added = changed.entrySet().stream().anyMatch(e -> e.getValue() != null && e.getKey().startsWith(prefix));
        return added || base.hasDirectory(path);
    }

    @Override
    public void close() {
        // the base belongs to whoever opened it
    }
}
