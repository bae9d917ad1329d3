package org.activemm.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads a blob from the work tree instead of inflating it, when git itself
 * would trust the file: the index entry has the same blob id, and the file's
 * size and modification time match the entry and are not racily close to the
 * index's own time. Reading a file is several times cheaper than inflating a
 * deltified blob.
 */
final class WorkTreeShortcut {
    private static final WorkTreeShortcut NONE = new WorkTreeShortcut(null, null, null);

    private final Path workTree;
    private final DirCache index;
    private final Instant indexTime;

    private WorkTreeShortcut(Path workTree, DirCache index, Instant indexTime) {
        this.workTree = workTree;
        this.index = index;
        this.indexTime = indexTime;
    }

    /** The shortcut for a repository; one that never applies for a bare repository or an unreadable index. */
    static WorkTreeShortcut of(Repository repository) {
        if (repository.isBare() || !repository.getIndexFile().isFile()) {
            return NONE;
        }
        try {
            Instant indexTime = Files.getLastModifiedTime(repository.getIndexFile().toPath()).toInstant();
            return new WorkTreeShortcut(repository.getWorkTree().toPath(), repository.readDirCache(), indexTime);
        } catch (IOException | NoWorkTreeException e) {
            return NONE;
        }
    }

    /** The work-tree file's bytes when they are known to be the blob's, else empty. */
    Optional<byte[]> read(String path, AnyObjectId blob) {
        if (index == null) {
            return Optional.empty();
        }
        DirCacheEntry entry = index.getEntry(path);
        if (entry == null || !entry.getObjectId().equals(blob) || !statClean(entry, path)) {
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(workTree.resolve(path));
            // changed between the stat and the read: let the caller inflate
            return content.length == entry.getLength() ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean statClean(DirCacheEntry entry, String path) {
        if (entry.getStage() != DirCacheEntry.STAGE_0 || entry.isSmudged() || entry.mightBeRacilyClean(indexTime)
                || !(entry.getFileMode() == FileMode.REGULAR_FILE || entry.getFileMode() == FileMode.EXECUTABLE_FILE)) {
            return false;
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(workTree.resolve(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() && attrs.size() == entry.getLength()
                    && attrs.lastModifiedTime().toInstant().equals(entry.getLastModifiedInstant());
        } catch (IOException e) {
            return false;
        }
    }
}
