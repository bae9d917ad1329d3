package org.activemm.tree;

/**
 * Receives the files of a walk; called from several threads at once. For
 * each file the walk first calls {@link #wants} with its bytes in a buffer it
 * reuses, and copies them into a {@link SourceFile} only when the answer is
 * yes, so the few files a scan keeps cost a copy and the many it drops cost
 * no allocation at all.
 */
public interface FileVisitor {

    /**
     * A first look at a file: whether {@link #file} should get it. The buffer
     * belongs to the walk and holds the content only up to {@code length} and
     * only during this call.
     */
    boolean wants(String path, byte[] buffer, int length);

    void file(SourceFile file);

    void skipped(SkippedFile file);
}
