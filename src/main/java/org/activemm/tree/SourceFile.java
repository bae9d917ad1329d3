package org.activemm.tree;

import java.io.IOException;

import org.eclipse.jgit.lib.ObjectId;

/**
 * The bytes of one file, with its path relative to the tree root ({@code /} separators).
 * The array may be shared with a cache of the tree it came from: read it, never write it.
 *
 * @param blobId the git blob id the walk gave {@link FileVisitor#wants} for these bytes, or null
 */
public record SourceFile(String path, byte[] content, ObjectId blobId) {
    /**
     * Files larger than this are skipped with a reason rather than read: a
     * kernel's largest source (a generated register header) is about 4 MB, and
     * a file of hundreds of MB would exhaust a small heap.
     */
    public static final int MAX_BYTES = 64 << 20;
    static final String TOO_LARGE = "larger than 64 MiB, not a source file";

    /** A file whose blob id nobody vouches for. */
    public SourceFile(String path, byte[] content) {
        this(path, content, null);
    }

    /** Refuses a file over {@link #MAX_BYTES} before it is read. */
    static void checkSize(long size) throws IOException {
        if (size > MAX_BYTES) {
            throw new IOException(TOO_LARGE);
        }
    }
}
