package org.activemm.tree;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

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

    /** Stops the walk as a failure of the visitor would: for a failure elsewhere. */
    void stop() {
        stopped.set(true);
    }

    @Override
    public boolean wantsBlob(String path, ObjectId blobId) {
        return relay(() -> visitor.wantsBlob(path, blobId), false);
    }

    @Override
    public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
        return relay(() -> visitor.wants(path, blobId, buffer, length), false);
    }

    @Override
    public void file(SourceFile file) {
        relay(() -> {
            visitor.file(file);
            return null;
        }, null);
    }

    @Override
    public void expect(Supplier<OptionalLong> files) {
        relay(() -> {
            visitor.expect(files);
            return null;
        }, null);
    }

    @Override
    public void skipped(SkippedFile file) {
        relay(() -> {
            visitor.skipped(file);
            return null;
        }, null);
    }

    /** The call's answer, or {@code whenStopped} without calling once the visitor has failed. */
    private <T> T relay(Supplier<T> call, T whenStopped) {
        if (stopped.get()) {
            return whenStopped;
        }
        try {
            return call.get();
        } catch (RuntimeException | Error e) {
            stopped.set(true);
            throw e;
        }
    }
}
