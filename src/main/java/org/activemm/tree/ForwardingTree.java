package org.activemm.tree;

import java.io.IOException;
import java.util.Optional;

/**
 * A tree that passes every call to another; subclasses override what they change.
 * {@link #blobId} and {@link #pathsChangedSince} are not passed on: a subclass
 * that changes what {@link #read} returns would vouch for the old bytes by their
 * id (and a scanner would reuse what it found in them), so one that reads the
 * same bytes says so itself.
 */
public abstract class ForwardingTree implements SourceTree {
    protected final SourceTree tree;

    protected ForwardingTree(SourceTree tree) {
        this.tree = tree;
    }

    @Override
    public String name() {
        return tree.name();
    }

    @Override
    public Optional<String> revision() {
        return tree.revision();
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) throws IOException {
        tree.walk(filter, visitor);
    }

    @Override
    public Optional<CommitOverlay> commitOverlay() throws IOException {
        return tree.commitOverlay();
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        return tree.read(path);
    }

    @Override
    public boolean hasDirectory(String path) throws IOException {
        return tree.hasDirectory(path);
    }

    /** Does not close the tree it forwards to, which belongs to whoever opened it. */
    @Override
    public void close() {
    }
}
