package org.activemm.tree;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

/**
 * Hands one walk's files to two visitors, so that two readers of a tree
 * (the scanner and an index of Kconfig files, say) read each file once
 * between them. A file either one asks for ({@link #wantsBlob}) is read, and
 * then both get a look at its bytes ({@link #wants}): a visitor that asks
 * only for the few files it must have still sees every file the other one
 * has read, at no cost.
 */
public final class TeeVisitor implements FileVisitor {
    private static final int FIRST = 1;
    private static final int SECOND = 2;

    private final FileVisitor first;
    private final FileVisitor second;
    /** Which of the two still want a file, between the calls about it. */
    private final Map<String, Integer> wanted = new ConcurrentHashMap<>();

    public TeeVisitor(FileVisitor first, FileVisitor second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public boolean wantsBlob(String path, ObjectId blobId) {
        int mask = (first.wantsBlob(path, blobId) ? FIRST : 0) | (second.wantsBlob(path, blobId) ? SECOND : 0);
        if (mask != 0) {
            wanted.put(path, mask);
        }
        return mask != 0;
    }

    @Override
    public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
        int asked = wanted.getOrDefault(path, FIRST | SECOND);
        // the first visitor counts the files it reads, so it sees only those it asked for
        int mask = ((asked & FIRST) != 0 && first.wants(path, blobId, buffer, length) ? FIRST : 0)
                | (second.wants(path, blobId, buffer, length) ? SECOND : 0);
        if (mask == 0) {
            wanted.remove(path);
        } else {
            wanted.put(path, mask);
        }
        return mask != 0;
    }

    @Override
    public void file(SourceFile file) {
        Integer mask = wanted.remove(file.path());
        int to = mask == null ? FIRST | SECOND : mask;
        if ((to & FIRST) != 0) {
            first.file(file);
        }
        if ((to & SECOND) != 0) {
            second.file(file);
        }
    }

    @Override
    public void skipped(SkippedFile file) {
        Integer mask = wanted.remove(file.path());
        int to = mask == null ? FIRST | SECOND : mask;
        if ((to & FIRST) != 0) {
            first.skipped(file);
        }
        if ((to & SECOND) != 0) {
            second.skipped(file);
        }
    }

    @Override
    public void expect(Supplier<OptionalLong> files) {
        first.expect(files);
    }
}
