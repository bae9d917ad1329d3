package org.activemm.series.facts;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.ForwardingTree;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SourceFile;
import org.activemm.tree.SourceTree;

/**
 * A tree whose walk offers only some of its files (those one patch
 * touched) while every read still sees the whole tree, so a rescan of a
 * step costs the touched files, and the scanner can still read Kconfig
 * and Makefiles to learn which arch builds a driver.
 */
final class TouchedFilesTree extends ForwardingTree {
    private final List<String> paths;

    TouchedFilesTree(SourceTree whole, Collection<String> paths) {
        super(whole);
        this.paths = List.copyOf(paths);
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) throws IOException {
        for (String path : paths) {
            if (!filter.accepts(path)) {
                continue;
            }
            Optional<byte[]> content = tree.read(path);
            if (content.isPresent() && visitor.wantsBlob(path, null)
                    && visitor.wants(path, null, content.get(), content.get().length)) {
                visitor.file(new SourceFile(path, content.get()));
            }
        }
    }
}
