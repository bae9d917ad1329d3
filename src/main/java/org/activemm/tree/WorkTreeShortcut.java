package org.activemm.tree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads a blob from the work tree instead of inflating it, when git itself
 * would trust the file: the index entry has the same blob id, and the file's
 * size and modification time match the entry's and are older than the index
 * (not "racily clean"). Reading a file is several times cheaper than
 * inflating a deltified blob.
 */
final class WorkTreeShortcut {
    private static final WorkTreeShortcut NONE = new WorkTreeShortcut(null, null, Instant.EPOCH);
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;

    private final Path workTree;
    private final GitIndex index;
    /** When the index file was last written. */
    private final Instant indexWritten;

    private WorkTreeShortcut(Path workTree, GitIndex index, Instant indexWritten) {
        this.workTree = workTree;
        this.index = index;
        this.indexWritten = indexWritten;
    }

    /** The shortcut for a repository; one that never applies for a bare repository or an unreadable index. */
    static WorkTreeShortcut of(Repository repository) {
        if (repository.isBare()) {
            return NONE;
        }
        Path indexFile = repository.getIndexFile().toPath();
        try {
            Instant indexWritten = Files.getLastModifiedTime(indexFile).toInstant();
            return GitIndex.read(indexFile)
                    .map(index -> new WorkTreeShortcut(repository.getWorkTree().toPath(), index, indexWritten))
                    .orElse(NONE);
        } catch (IOException e) {
            return NONE;
        }
    }

    /**
     * The shortcut for a directory that is the root of a git work tree (a
     * {@code .git} directory, or a {@code .git} file naming the git directory
     * of a linked work tree); one that never applies otherwise.
     */
    static WorkTreeShortcut ofWorkTree(Path root) {
        Path dotGit = root.resolve(".git");
        Path gitDir = dotGit;
        try {
            if (Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
                String line = Files.readString(dotGit).strip();
                if (!line.startsWith("gitdir:")) {
                    return NONE;
                }
                gitDir = root.resolve(line.substring("gitdir:".length()).strip());
            }
            Path indexFile = gitDir.resolve("index");
            if (!Files.isRegularFile(indexFile)) {
                return NONE;
            }
            Instant indexWritten = Files.getLastModifiedTime(indexFile).toInstant();
            return GitIndex.read(indexFile).map(index -> new WorkTreeShortcut(root, index, indexWritten)).orElse(NONE);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /**
     * How many regular files the index says are checked out under paths the
     * filter accepts (merge conflicts count once, skip-worktree entries not at
     * all); empty without an index.
     */
    OptionalLong checkedOutFiles(PathFilter filter) {
        if (index == null) {
            return OptionalLong.empty();
        }
        long files = 0;
        for (int entry = 0; entry < index.size(); entry++) {
            if (index.firstOfPath(entry) && !index.skipWorkTree(entry) && (index.mode(entry) & TYPE_MASK) == REGULAR
                    && filter.accepts(index.path(entry))) {
                files++;
            }
        }
        return OptionalLong.of(files);
    }

    /** The work-tree file's bytes when the index says they are the blob's and its stat data agree, else empty. */
    Optional<byte[]> read(String path, byte[] rawPath, AnyObjectId blob) {
        int entry = trustedEntry(rawPath);
        if (entry < 0 || !index.names(entry, blob)) {
            return Optional.empty();
        }
        Path file = workTree.resolve(path);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!statMatches(entry, attrs, file) || attrs.size() > SourceFile.MAX_BYTES) {
                return Optional.empty();
            }
            byte[] content = Files.readAllBytes(file);
            // changed between the stat and the read: let the caller inflate
            return content.length == attrs.size() ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The blob id the index gives a work-tree file whose stat data (as just
     * listed) agree with its entry, by the same rule as {@link #read}; null
     * when git itself would look at the bytes.
     */
    ObjectId blobId(String path, BasicFileAttributes attrs) {
        if (index == null) {
            return null;
        }
        int entry = trustedEntry(path.getBytes(StandardCharsets.UTF_8));
        return entry >= 0 && statMatches(entry, attrs, workTree.resolve(path)) ? index.blobId(entry) : null;
    }

    /** The index entry for a path when its flags and times let the stat data decide, else -1. */
    private int trustedEntry(byte[] rawPath) {
        if (index == null) {
            return -1;
        }
        int entry = index.find(rawPath);
        boolean trusted = entry >= 0 && index.stage(entry) == 0 && !index.skipWorkTree(entry)
                && (index.mode(entry) & TYPE_MASK) == REGULAR
                // size 0 is how git marks ("smudges") an entry it could not trust
                && index.size(entry) > 0
                && !racilyClean(entry);
        return trusted ? entry : -1;
    }

    /**
     * Git's "racily clean" test: a file modified no earlier than the index was
     * written may have changed again within the same clock tick, so equal stat
     * data prove nothing. Nanoseconds decide within a second, as in JGit and in
     * git built with USE_NSEC, so a fresh checkout (files written just before
     * its index) is trusted. Git's default build compares whole seconds, which
     * is safer only for a file rewritten at the same size within one timestamp
     * tick while git was hashing it. An entry whose nanoseconds are 0 (a file
     * system without sub-second times) is racy for the whole second.
     */
    private boolean racilyClean(int entry) {
        long seconds = Integer.toUnsignedLong(index.mtimeSeconds(entry));
        if (seconds != indexWritten.getEpochSecond()) {
            return seconds > indexWritten.getEpochSecond();
        }
        int nanos = index.mtimeNanos(entry);
        return nanos == 0 || nanos >= indexWritten.getNano();
    }

    private boolean statMatches(int entry, BasicFileAttributes attrs, Path file) {
        Instant modified = attrs.lastModifiedTime().toInstant();
        int nanos = index.mtimeNanos(entry);
        return attrs.isRegularFile() && attrs.size() == index.size(entry)
                && modified.getEpochSecond() == Integer.toUnsignedLong(index.mtimeSeconds(entry))
                // 0: the file system that wrote the entry had no sub-second times
                && (nanos == 0 || modified.getNano() == nanos)
                && inodeMatches(entry, file);
    }

    /**
     * The rest of git's stat check: a file rewritten at the same size and
     * given back its old mtime has a new ctime (and, written anew, a new
     * inode). Fields the index writer left 0 (JGit writes no inode or
     * device) are not compared. Costs one more stat, only for files that
     * passed the cheap checks.
     */
    private boolean inodeMatches(int entry, Path file) {
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(file, "unix:ctime,ino,dev", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        Instant changed = ((FileTime) unix.get("ctime")).toInstant();
        int ctimeNanos = index.ctimeNanos(entry);
        return matches(index.ctimeSeconds(entry), changed.getEpochSecond())
                && (ctimeNanos == 0 || changed.getNano() == ctimeNanos)
                && matches(index.inode(entry), (Long) unix.get("ino"))
                && matches(index.device(entry), (Long) unix.get("dev"));
    }

    /** Git keeps the low 32 bits; 0 means the writer did not record the field. */
    private static boolean matches(int recorded, long actual) {
        return recorded == 0 || recorded == (int) actual;
    }
}
