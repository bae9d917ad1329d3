package org.activemm.tree;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jgit.lib.ObjectId;

/**
 * Hands files on until the visitor throws; from then on the walk's threads
 * stop, and calls that were already under way are dropped, so a failed walk
 * ends quickly and the visitor hears nothing more from it.
 */
final class StoppingVisitor implements FileVisitor {
    private final FileVisitor visitor;
    private final AtomicBoolean stopped = new AtomicBoolean();

    StoppingVisitor(FileVisitor visitor) {
        this.visitor = visitor;
    }

    boolean stopped() {
        return stopped.get();
    }

    @Override
    public boolean wantsBlob(String path, ObjectId blobId) {
        if (stopped.get()) {
            return false;
        }
        try {
            return visitor.wantsBlob(path, blobId);
        } catch (RuntimeException | Error e) {
            stopped.set(true);
            throw e;
        }
    }

    @Override
    public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
        if (stopped.get()) {
            return false;
        }
        try {
            return visitor.wants(path, blobId, buffer, length);
        } catch (RuntimeException | Error e) {
            stopped.set(true);
            throw e;
        }
    }

    @Override
    public void file(SourceFile file) {
        if (stopped.get()) {
            return;
        }
        try {
            visitor.file(file);
        } catch (RuntimeException | Error e) {
            stopped.set(true);
            throw e;
        }
    }

    @Override
    public void expect(long files) {
        if (stopped.get()) {
            return;
        }
        try {
            visitor.expect(files);
        } catch (RuntimeException | Error e) {
            stopped.set(true);
            throw e;
        }
    }

    @Override
    public void skipped(SkippedFile file) {
        if (stopped.get()) {
            return;
        }
        try {
            visitor.skipped(file);
        } catch (RuntimeException | Error e) {
            stopped.set(true);
            throw e;
        }
    }
}
