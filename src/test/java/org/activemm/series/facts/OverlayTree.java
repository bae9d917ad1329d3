package org.activemm.series.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.ForwardingTree;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SourceTree;
import org.eclipse.jgit.lib.ObjectId;

/** A base tree with some files replaced in memory (null text: deleted), whose walk fails the test. */
final class OverlayTree extends ForwardingTree {
    private final Map<String, String> changed = new HashMap<>();

    OverlayTree(SourceTree base) {
        super(base);
    }

    OverlayTree with(String path, String text) {
        changed.put(path, text);
        return this;
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) {
        throw new AssertionError("the facts of a step must not walk the whole tree");
    }

    @Override
    public Optional<ObjectId> blobId(String path) throws IOException {
        return changed.containsKey(path) ? Optional.empty() : tree.blobId(path);
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        if (changed.containsKey(path)) {
            return Optional.ofNullable(changed.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8));
        }
        return tree.read(path);
    }
}
