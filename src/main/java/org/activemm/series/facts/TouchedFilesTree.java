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
import org.eclipse.jgit.lib.ObjectId;

/**
 * A tree whose walk offers only some of its files (those one patch
 * touched) while every read still sees the whole tree, so a rescan of a
 * step costs the touched files, and the scanner can still read Kconfig
 * and Makefiles to learn which arch builds a driver. Each file is offered
 * with its blob id where the tree knows it, as a full walk offers it.
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
            // with the blob id a scanner knows a file it judged before, unchanged, and reads nothing
            ObjectId id = tree.blobId(path).orElse(null);
            if (!visitor.wantsBlob(path, id)) {
                continue;
            }
            Optional<byte[]> content = tree.read(path);
            if (content.isPresent() && visitor.wants(path, id, content.get(), content.get().length)) {
                visitor.file(new SourceFile(path, content.get(), id));
            }
        }
    }
}
