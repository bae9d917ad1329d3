package org.activemm.tree;

import java.util.OptionalLong;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

/** A visitor that hands everything to another; subclasses override the calls they watch or filter. */
public class ForwardingVisitor implements FileVisitor {
    private final FileVisitor delegate;

    public ForwardingVisitor(FileVisitor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean wantsBlob(String path, ObjectId blobId) {
        return delegate.wantsBlob(path, blobId);
    }

    @Override
    public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
        return delegate.wants(path, blobId, buffer, length);
    }

    @Override
    public void file(SourceFile file) {
        delegate.file(file);
    }

    @Override
    public void skipped(SkippedFile file) {
        delegate.skipped(file);
    }

    @Override
    public void expect(Supplier<OptionalLong> files) {
        delegate.expect(files);
    }
}
