package org.activemm.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/** One file's change in one patch, as git's unified diff (made by JGit) and its diffstat numbers. */
record FileDiff(String path, byte[] before, byte[] after) {

    private static final int ABBREV = 12;

    private EditList edits() {
        return DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, new RawText(before), new RawText(after));
    }

    int insertions() {
        return edits().stream().mapToInt(Edit::getLengthB).sum();
    }

    int deletions() {
        return edits().stream().mapToInt(Edit::getLengthA).sum();
    }

    boolean changed() {
        return !edits().isEmpty();
    }

    /**
     * The lines of one file's {@link #unified} diff that get_maintainer.pl
     * matches keywords against: context, removed and added lines, not the file
     * and hunk headers.
     */
    static List<String> patchLines(String unified) {
        return unified.lines().skip(4).filter(line -> !line.startsWith("@@")).toList();
    }

    /** {@code diff --git} header and hunks, as {@code git format-patch} writes them. */
    String unified() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter fmt = new DiffFormatter(out)) {
            String head = "diff --git a/" + path + " b/" + path + "\n"
                    + "index " + blob(before) + ".." + blob(after) + "\n"
                    + "--- a/" + path + "\n"
                    + "+++ b/" + path + "\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            fmt.format(edits(), new RawText(before), new RawText(after));
            fmt.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The blob id git gives the bytes before this change, 40 hex digits. */
    String beforeId() {
        return id(before).name();
    }

    private static String blob(byte[] bytes) {
        return id(bytes).abbreviate(ABBREV).name();
    }

    private static ObjectId id(byte[] bytes) {
        try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
            return f.idFor(Constants.OBJ_BLOB, bytes);
        }
    }
}
