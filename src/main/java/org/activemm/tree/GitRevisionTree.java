package org.activemm.tree;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * One commit of a git repository, bare or not, read through JGit without a
 * checkout: its whole tree, or the directory {@code --rev REV:DIR} names.
 * The calling thread walks the tree, asking the filter
 * about each path before any blob is opened, and hands batches of blob ids
 * to one reader thread per core (at most eight), each with its own
 * {@link ObjectReader}.
 * When the repository has a work tree, stat-clean files whose index entry
 * names the same blob are read from the file system instead of inflated.
 *
 * <p>Missing objects (partial clones, incomplete snapshots) are reported as
 * skipped. Symbolic links are resolved inside the commit's tree like
 * {@link DirectoryTree} resolves them on disk: a link to a file the filter
 * accepts under its own path is not read twice.
 */
public final class GitRevisionTree implements SourceTree {
    private static final int BATCH = 128;
    private static final int MAX_LINK_HOPS = 8;
    /** Each reader holds its own delta base cache (see JGitSettings): this bounds their memory on big machines. */
    private static final int MAX_READERS = 8;
    private static final List<Blob> END = List.of();

    private final String name;
    private final Repository repository;
    private final Revision revision;

    /** Takes ownership of the repository: {@link #close()} closes it. */
    GitRevisionTree(String name, Repository repository, Revision revision) {
        this.name = name;
        this.repository = repository;
        this.revision = revision;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> revision() {
        return Optional.of(revision.commit().name());
    }

    @Override
    public Optional<CommitOverlay> commitOverlay() throws IOException {
        return Optional.of(new CommitOverlay(repository, revision));
    }

    @Override
    public void walk(PathFilter filter, FileVisitor caller) throws IOException {
        StoppingVisitor visitor = new StoppingVisitor(caller);
        LinkedBlockingQueue<List<Blob>> queue = new LinkedBlockingQueue<>();
        int threads = Math.min(Threads.count(), MAX_READERS);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "activemm-blob-reader");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> readers = new ArrayList<>();
        try {
            // the index is read on a reader thread while this one starts walking the trees
            Future<WorkTreeShortcut> shortcut = pool.submit(() -> WorkTreeShortcut.of(repository));
            for (int i = 0; i < threads; i++) {
                readers.add(pool.submit(() -> {
                    readBlobs(queue, shortcut.get(), filter, visitor);
                    return null;
                }));
            }
            try {
                walkTree(filter, visitor, queue);
            } catch (IOException | RuntimeException | Error e) {
                // the readers only drain what is queued, and are waited for, so none calls the visitor after this
                visitor.stop();
                throw e;
            } finally {
                for (int i = 0; i < threads; i++) {
                    queue.add(END);
                }
                waitForAll(readers);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void walkTree(PathFilter filter, StoppingVisitor visitor, LinkedBlockingQueue<List<Blob>> queue)
            throws IOException {
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
            walk.addTree(revision.tree());
            walk.setRecursive(false);
            walk.setFilter(new Selection(filter));
            List<Blob> batch = new ArrayList<>(BATCH);
            long queued = 0;
            while (!visitor.stopped() && walk.next()) {
                FileMode mode = walk.getFileMode(0);
                ObjectId id = walk.getObjectId(0);
                if (walk.isSubtree()) {
                    if (reader.has(id, Constants.OBJ_TREE)) {
                        walk.enterSubtree();
                    } else {
                        visitor.skipped(new SkippedFile(walk.getPathString(), Reasons.missing(id)));
                    }
                } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE
                        || mode == FileMode.SYMLINK) {
                    batch.add(new Blob(walk.getPathString(), walk.getRawPath(), id, mode == FileMode.SYMLINK));
                    queued++;
                    if (batch.size() == BATCH) {
                        queue.add(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                // gitlinks (submodules) have no bytes in this repository
            }
            queue.add(batch);
            long walked = queued;
            visitor.expect(() -> OptionalLong.of(walked));
        }
    }

    /** Reads queued blobs until the end marker; once the visitor has failed, only drains the queue. */
    private void readBlobs(LinkedBlockingQueue<List<Blob>> queue, WorkTreeShortcut shortcut, PathFilter filter,
            StoppingVisitor visitor)
            throws InterruptedException {
        try (ObjectReader reader = repository.newObjectReader()) {
            for (List<Blob> batch = queue.take(); batch != END; batch = queue.take()) {
                for (Blob blob : batch) {
                    if (!visitor.stopped()) {
                        deliver(reader, shortcut, blob, filter, visitor);
                    }
                }
            }
        }
    }

    private void deliver(ObjectReader reader, WorkTreeShortcut shortcut, Blob blob, PathFilter filter,
            FileVisitor visitor) {
        // a link's bytes are its target's, so its own id says nothing about them
        ObjectId blobId = blob.symlink() ? null : blob.id();
        if (!visitor.wantsBlob(blob.path(), blobId)) {
            return;
        }
        byte[] content;
        try {
            if (blob.symlink()) {
                LinkTarget target = followLink(reader, blob.path(), blob.id());
                if (target.skipReason() != null) {
                    visitor.skipped(new SkippedFile(blob.path(), target.skipReason()));
                }
                if (target.file() == null || filter.accepts(target.path())) {
                    return;
                }
                content = inflate(reader, target.file());
            } else {
                Optional<byte[]> onDisk = shortcut.read(revision.repositoryPath(blob.path()),
                        revision.repositoryPath(blob.rawPath()), blob.id());
                content = onDisk.isPresent() ? onDisk.get() : inflate(reader, blob.id());
            }
        } catch (MissingObjectException e) {
            visitor.skipped(new SkippedFile(blob.path(), Reasons.missing(e.getObjectId())));
            return;
        } catch (IOException e) {
            visitor.skipped(new SkippedFile(blob.path(), Reasons.of(e)));
            return;
        }
        if (visitor.wants(blob.path(), blobId, content, content.length)) {
            visitor.file(new SourceFile(blob.path(), content, blobId));
        }
    }

    /**
     * Follows a link inside this commit's tree: the regular file it resolves
     * to, or why it cannot be read; neither for a link to a directory.
     */
    private LinkTarget followLink(ObjectReader reader, String path, ObjectId linkBlob) throws IOException {
        String linkPath = path;
        ObjectId id = linkBlob;
        for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
            String target = new String(inflate(reader, id), StandardCharsets.UTF_8);
            Optional<String> resolved = LinkTargets.resolve(linkPath, target);
            if (resolved.isEmpty()) {
                return LinkTarget.skipped("symbolic link leaving the tree (-> " + target + ")");
            }
            if (resolved.get().isEmpty()) {
                return LinkTarget.DIRECTORY;
            }
            try (TreeWalk lookup = TreeWalk.forPath(reader, resolved.get(), revision.tree())) {
                if (lookup == null) {
                    return LinkTarget.skipped("dangling symbolic link (-> " + target + ")");
                }
                FileMode mode = lookup.getFileMode(0);
                if (mode == FileMode.TREE || mode == FileMode.GITLINK) {
                    return LinkTarget.DIRECTORY;
                }
                if (mode != FileMode.SYMLINK) {
                    return new LinkTarget(resolved.get(), lookup.getObjectId(0), null);
                }
                linkPath = resolved.get();
                id = lookup.getObjectId(0);
            }
        }
        return LinkTarget.skipped("too many levels of symbolic links");
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try (ObjectReader reader = repository.newObjectReader();
                TreeWalk lookup = TreeWalk.forPath(reader, path, revision.tree())) {
            if (lookup == null || lookup.isSubtree() || lookup.getFileMode(0) == FileMode.GITLINK) {
                return Optional.empty();
            }
            if (lookup.getFileMode(0) == FileMode.SYMLINK) {
                ObjectId file = followLink(reader, path, lookup.getObjectId(0)).file();
                return file == null ? Optional.empty() : Optional.of(inflate(reader, file));
            }
            return Optional.of(inflate(reader, lookup.getObjectId(0)));
        }
    }

    /** Regular files only: a link's blob holds its target, not the bytes a read returns. */
    @Override
    public Optional<ObjectId> blobId(String path) throws IOException {
        try (ObjectReader reader = repository.newObjectReader();
                TreeWalk lookup = TreeWalk.forPath(reader, path, revision.tree())) {
            return lookup != null && lookup.getFileMode(0).getObjectType() == Constants.OBJ_BLOB
                    && lookup.getFileMode(0) != FileMode.SYMLINK ? Optional.of(lookup.getObjectId(0)) : Optional.empty();
        }
    }

    @Override
    public Optional<List<String>> pathsChangedSince(String commit, int limit) throws IOException {
        if (!ObjectId.isId(commit)) {
            return Optional.empty();
        }
        try (ObjectReader reader = repository.newObjectReader(); RevWalk commits = new RevWalk(reader)) {
            RevTree root = commits.parseCommit(ObjectId.fromString(commit)).getTree();
            ObjectId other = root;
            if (!revision.directory().isEmpty()) {
                try (TreeWalk lookup = TreeWalk.forPath(reader, revision.directory(), root)) {
                    if (lookup == null || !lookup.isSubtree()) {
                        return Optional.empty();
                    }
                    other = lookup.getObjectId(0);
                }
            }
            List<String> changed = new ArrayList<>();
            try (TreeWalk diff = new TreeWalk(reader)) {
                diff.addTree(other);
                diff.addTree(revision.tree());
                diff.setRecursive(true);
                diff.setFilter(TreeFilter.ANY_DIFF);
                while (diff.next()) {
                    if (changed.size() == limit || diff.getFileMode(0) == FileMode.SYMLINK
                            || diff.getFileMode(1) == FileMode.SYMLINK) {
                        return Optional.empty();
                    }
                    changed.add(diff.getPathString());
                }
            }
            return Optional.of(changed);
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            return Optional.empty(); // a commit this repository does not have (any more)
        }
    }

    @Override
    public boolean hasDirectory(String path) throws IOException {
        try (ObjectReader reader = repository.newObjectReader();
                TreeWalk lookup = TreeWalk.forPath(reader, path, revision.tree())) {
            return lookup != null && lookup.isSubtree();
        }
    }

    @Override
    public void close() {
        repository.close();
    }

    private static byte[] inflate(ObjectReader reader, ObjectId id) throws IOException {
        // the cached bytes are never written to (see SourceFile), so no copy is needed
        ObjectLoader blob = reader.open(id, Constants.OBJ_BLOB);
        SourceFile.checkSize(blob.getSize());
        return blob.getCachedBytes(SourceFile.MAX_BYTES);
    }

    /** Waits for every reader, so none is still calling the visitor when the walk ends; rethrows the first failure. */
    private static void waitForAll(List<Future<?>> readers) throws IOException {
        Throwable failure = null;
        boolean interrupted = false;
        for (Future<?> reader : readers) {
            try {
                reader.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("walk interrupted");
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IOException(failure);
        }
    }

    /** What a link leads to: a file (its root-relative path and blob), a reason it cannot be read, or neither (a directory). */
    private record LinkTarget(String path, ObjectId file, String skipReason) {
        static final LinkTarget DIRECTORY = new LinkTarget(null, null, null);

        static LinkTarget skipped(String reason) {
            return new LinkTarget(null, null, reason);
        }
    }

    /** One file of the commit's tree, queued for a reader thread; the raw path finds its index entry. */
    private record Blob(String path, byte[] rawPath, ObjectId id, boolean symlink) {
    }

    /** The caller's {@link PathFilter} as a JGit tree filter, so rejected paths are never queued. */
    private static final class Selection extends TreeFilter {
        private final PathFilter filter;

        Selection(PathFilter filter) {
            this.filter = filter;
        }

        @Override
        public boolean include(TreeWalk walk) {
            String path = walk.getPathString();
            return walk.isSubtree() ? filter.entersDirectory(path) : filter.accepts(path);
        }

        @Override
        public boolean shouldBeRecursive() {
            return false;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }
}
