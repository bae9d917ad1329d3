package org.activemm.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.patch.BinaryHunk;

/**
 * What a patch does to one file, read from JGit's parse of the diff: the
 * paths ({@code /dev/null} for an added or deleted file), the kind of change,
 * and the hunks; a binary diff has no hunks but, when format-patch wrote
 * its data, the forward binary hunk.
 *
 * @param binary whether the diff is binary ({@code GIT binary patch} or {@code Binary files differ})
 * @param binaryHunk the {@code GIT binary patch} data that makes the new file, or null
 * @param newMode the mode the diff gives the new file (from its mode or index lines), or null when it names none
 * @param mailLine the input file's line of the file's {@code diff --git} line
 */
public record FileChange(String oldPath, String newPath, ChangeType type, boolean binary, BinaryHunk binaryHunk,
        FileMode newMode, int mailLine, List<Hunk> hunks) {

    public FileChange {
        hunks = List.copyOf(hunks);
    }

    /** Whether the new file is executable: true or false when the diff says, empty when it does not. */
    public Optional<Boolean> executable() {
        return newMode == null || newMode == FileMode.MISSING ? Optional.empty()
                : Optional.of(newMode == FileMode.EXECUTABLE_FILE);
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
