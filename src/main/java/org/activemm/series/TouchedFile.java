package org.activemm.series;

import java.util.List;
import java.util.Optional;

/**
 * A file one patch changes: its path before and after (the same but for a
 * rename or copy; {@code /dev/null} for an added or deleted file, as in the
 * diff) and the lines the patch adds to it.
 */
public record TouchedFile(String oldPath, String newPath, List<AddedLine> added) {
    public static final String DEV_NULL = "/dev/null";

    public TouchedFile {
        added = List.copyOf(added);
    }

    /** The path the file has after the patch, or before it when the patch deletes it. */
    public String path() {
        return DEV_NULL.equals(newPath) ? oldPath : newPath;
    }

    public boolean deleted() {
        return DEV_NULL.equals(newPath);
    }

    /** Whether the file is still there after the patch and the patch adds lines to it. */
    public boolean addsLines() {
        return !deleted() && !added.isEmpty();
    }

    /** The added line with this number in the patched file, if the patch adds it. */
    public Optional<AddedLine> addedAt(int line) {
        return added.stream().filter(l -> l.line() == line).findFirst();
    }
}
