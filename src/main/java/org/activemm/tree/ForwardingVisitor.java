package org.activemm.tree;

import java.util.OptionalLong;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

/** A visitor that passes every call to another; subclasses override what they watch or change. */
public abstract class ForwardingVisitor implements FileVisitor {
    protected final FileVisitor visitor;

    protected ForwardingVisitor(FileVisitor visitor) {
        this.visitor = visitor;
    }

    @Override
    public boolean wantsBlob(String path, ObjectId blobId) {
        return visitor.wantsBlob(path, blobId);
    }

    @Override
    public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
        return visitor.wants(path, blobId, buffer, length);
    }

    @Override
    public void file(SourceFile file) {
        visitor.file(file);
    }

    @Override
    public void skipped(SkippedFile file) {
        visitor.skipped(file);
    }

    @Override
    public void expect(Supplier<OptionalLong> files) {
        visitor.expect(files);
    }
}
