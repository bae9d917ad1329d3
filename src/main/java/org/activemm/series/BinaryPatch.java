package org.activemm.series;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.InflaterInputStream;

import org.eclipse.jgit.patch.BinaryHunk;
import org.eclipse.jgit.util.RawParseUtils;
import org.eclipse.jgit.util.io.BinaryDeltaInputStream;
import org.eclipse.jgit.util.io.BinaryHunkInputStream;

/**
 * A {@code GIT binary patch} (what format-patch writes for a binary file):
 * the new bytes from its literal, or from its delta on the old bytes, with
 * JGit's decoders, as git apply makes them.
 */
final class BinaryPatch {
    private BinaryPatch() {
    }

    /** The new bytes; empty when the data is corrupt or the delta was made on other bytes. */
    static Optional<byte[]> apply(BinaryHunk hunk, byte[] old) {
        // the data starts on the line after the "literal N" or "delta N" line
        int start = RawParseUtils.nextLF(hunk.getBuffer(), hunk.getStartOffset());
        InputStream data = new InflaterInputStream(new BinaryHunkInputStream(
                new ByteArrayInputStream(hunk.getBuffer(), start, hunk.getEndOffset() - start)));
        try (InputStream in = hunk.getType() == BinaryHunk.Type.DELTA_DEFLATED
                ? new BinaryDeltaInputStream(old, data) : data) {
            byte[] bytes = in.readAllBytes();
            // a literal's size is the file's; a delta's is the delta's, and the delta checks its own sizes
            boolean whole = hunk.getType() == BinaryHunk.Type.DELTA_DEFLATED || bytes.length == hunk.getSize();
            return whole ? Optional.of(bytes) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
