package org.activemm.tree;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jgit.lib.ObjectId;

/** Throws at the first file it is handed, and counts every call that reaches it, before and after. */
final class FailingVisitor implements FileVisitor {
    static final String MESSAGE = "visitor gave up";

    private final AtomicInteger calls = new AtomicInteger();

    int calls() {
        return calls.get();
    }

    @Override
    public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
        return true;
    }

    @Override
    public void file(SourceFile file) {
        calls.incrementAndGet();
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public void skipped(SkippedFile file) {
        calls.incrementAndGet();
    }
}
