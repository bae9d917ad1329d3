package org.activemm.series;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.DiffEntry.ChangeType;

/**
 * What a patch does to one file, read from JGit's parse of the diff: the
 * paths ({@code /dev/null} for an added or deleted file), the kind of change,
 * and the hunks; binary diffs have no hunks and cannot be applied here.
 *
 * @param mailLine the input file's line of the file's {@code diff --git} line
 */
public record FileChange(String oldPath, String newPath, ChangeType type, boolean binary, int mailLine,
        List<Hunk> hunks) {

    public FileChange {
        hunks = List.copyOf(hunks);
    }

    /** The path the change is known by: the new one, or the old one for a deletion. */
    public String path() {
        return type == ChangeType.DELETE ? oldPath : newPath;
    }

    /** The file with the lines the change adds, numbered as in the new file. */
    public TouchedFile touched() {
        List<AddedLine> added = new ArrayList<>();
        for (Hunk hunk : hunks) {
            int line = hunk.newStart();
            for (Hunk.Line l : hunk.lines()) {
                if (l.kind() == '+') {
                    added.add(new AddedLine(line, l.mailLine(), Latin1.toUtf8(l.text())));
                }
                if (l.inNew()) {
                    line++;
                }
            }
        }
        return new TouchedFile(type == ChangeType.ADD ? TouchedFile.DEV_NULL : oldPath,
                type == ChangeType.DELETE ? TouchedFile.DEV_NULL : newPath, added);
    }
}
