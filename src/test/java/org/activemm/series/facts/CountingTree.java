package org.activemm.series.facts;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.ForwardingTree;
import org.activemm.tree.ForwardingVisitor;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SourceTree;
import org.eclipse.jgit.lib.ObjectId;

/** Counts what is read of a tree: walks, each file a walk reads, and reads by path. */
public final class CountingTree extends ForwardingTree {
    public final AtomicInteger walks = new AtomicInteger();
    public final Map<String, Integer> walkReads = new ConcurrentHashMap<>();
    public final Map<String, Integer> pathReads = new ConcurrentHashMap<>();

    public CountingTree(SourceTree tree) {
        super(tree);
    }

    /** The most times a walk read any one file. */
    public int mostWalkReadsOfOneFile() {
        return walkReads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) throws IOException {
        walks.incrementAndGet();
        tree.walk(filter, new ForwardingVisitor(visitor) {
            @Override
            public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
                walkReads.merge(path, 1, Integer::sum);
                return super.wants(path, blobId, buffer, length);
            }
        });
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        pathReads.merge(path, 1, Integer::sum);
        return tree.read(path);
    }

    /** The same bytes as the tree's, so the same ids: a check recognises unchanged files without reading them. */
    @Override
    public Optional<ObjectId> blobId(String path) throws IOException {
        return tree.blobId(path);
    }

    @Override
    public Optional<List<String>> pathsChangedSince(String commit, int limit) throws IOException {
        return tree.pathsChangedSince(commit, limit);
    }

    @Override
    public void close() {
        tree.close();
    }
}
