package org.activemm.tree;

import java.util.OptionalLong;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

/**
 * Receives the files of a walk; called from several threads at once. For
 * each file the walk first asks {@link #wantsBlob} with only the path and,
 * where the tree knows it without reading the file, its git blob id; on yes
 * it reads the file and calls {@link #wants} with its bytes in a buffer it
 * reuses, and copies them into a {@link SourceFile} only when the answer is
 * yes again, so the few files a scan keeps cost a copy, the many it drops cost
 * no allocation, and the ones it recognises by blob id cost no read at all.
 */
public interface FileVisitor {

    /**
     * Before any read: whether the file should be read at all. The blob id
     * is the id git gives these exact bytes, or null when the
     * tree cannot vouch for it (a plain directory, a modified or racily clean
     * work-tree file, a symbolic link).
     */
    default boolean wantsBlob(String path, ObjectId blobId) {
        return true;
    }

    /**
     * A first look at a file: whether {@link #file} should get it. The buffer
     * belongs to the walk and holds the content only up to {@code length} and
     * only during this call; {@code blobId} is what {@link #wantsBlob} was given.
     */
    boolean wants(String path, ObjectId blobId, byte[] buffer, int length);

    void file(SourceFile file);

    void skipped(SkippedFile file);

    /**
     * How to learn how many files the walk expects to offer to {@link #wantsBlob}:
     * a revision counts them while walking its trees, a git work tree from its
     * index (an estimate, since untracked and deleted files differ); empty for a
     * plain directory. Asking can cost (counting a kernel's index takes 10 to
     * 20 ms), so a visitor asks only when it needs the answer. Called at most
     * once, possibly while files are already being offered.
     */
    default void expect(Supplier<OptionalLong> files) {
    }
}
