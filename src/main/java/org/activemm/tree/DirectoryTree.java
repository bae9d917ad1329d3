package org.activemm.tree;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jgit.lib.ObjectId;

/**
 * Any directory, git or not, read from the file system. The walk forks one
 * task per directory on a pool of one thread per core; files are stat'ed and
 * read relative to their open directory. No task waits for the tasks it
 * forks, so the stack stays flat however deep the tree.
 *
 * <p>In the root of a git work tree, files whose index entry git would trust
 * (see {@link WorkTreeShortcut}) are offered to the visitor with their blob id
 * before they are read.
 *
 * <p>{@code .git} entries are skipped. Symbolic links are never followed into
 * directories (their targets inside the tree are walked under their own
 * paths). A link whose path the filter accepts is reported as skipped when it
 * leaves the tree or leads nowhere; when it resolves to a regular file inside
 * the tree it is read only if the filter rejects the target's own path, since
 * otherwise the walk reads that file there and the link would repeat its sites.
 */
public final class DirectoryTree implements SourceTree {
    /** One read buffer per walk thread, kept for the threads' lifetime. */
    private static final ThreadLocal<ReadBuffer> BUFFERS = ThreadLocal.withInitial(ReadBuffer::new);
    private static final int BATCH_FILES = 32;
    private static final long BATCH_BYTES = 1 << 20;

    private final Path root;
    private final Path realRoot;

    /** @throws IOException when the root cannot be resolved (it must exist) */
    public DirectoryTree(Path root) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public Optional<String> revision() {
        return Optional.empty();
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) {
        new Walk(filter, visitor).run();
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Path file = realRoot.resolve(path).normalize();
        if (!file.startsWith(realRoot) || !Files.isRegularFile(file)
                || !file.toRealPath().startsWith(realRoot)) {
            return Optional.empty();
        }
        SourceFile.checkSize(Files.size(file));
        return Optional.of(Files.readAllBytes(file));
    }

    @Override
    public boolean hasDirectory(String path) {
        Path dir = realRoot.resolve(path).normalize();
        return dir.startsWith(realRoot) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void close() {
        // nothing held between walks
    }

    /** An accepted directory entry, with the attributes read while listing. */
    private record Listed(Path file, String path, BasicFileAttributes attrs) {
    }

    /** One walk: its filter, and its visitor, whose failure stops every task. */
    private final class Walk {
        private final PathFilter filter;
        private final StoppingVisitor visitor;
        /**
         * Parsed on a thread of its own while the first directories are listed
         * (7 to 20 ms for a kernel's index); the thread touches nothing else, so
         * it may outlive a walk that failed.
         */
        private final CompletableFuture<WorkTreeShortcut> index;
        /** Tasks forked and not yet finished; the walk is over when it drops to zero. */
        private final AtomicInteger pending = new AtomicInteger();
        private final CountDownLatch done = new CountDownLatch(1);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Walk(PathFilter filter, FileVisitor visitor) {
            this.filter = filter;
            this.visitor = new StoppingVisitor(visitor);
            this.index = CompletableFuture.supplyAsync(() -> WorkTreeShortcut.ofWorkTree(realRoot), task -> {
                Thread reader = new Thread(task, "git-index");
                reader.setDaemon(true);
                reader.start();
            });
        }

        void run() {
            // counted from the index only if the visitor asks
            visitor.expect(() -> index.join().checkedOutFiles(filter));
            ForkJoinPool pool = new ForkJoinPool(Threads.count());
            try {
                pending.incrementAndGet();
                pool.execute(new DirectoryTask(realRoot, ""));
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                visitor.stop();
            } finally {
                pool.shutdown();
                awaitQuietly(pool);
            }
            Throwable failed = failure.get();
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed instanceof Error error) {
                throw error;
            }
        }

        /** A task of the walk: forked without a join; its failure stops the walk and is rethrown by {@link #run}. */
        private abstract class WalkTask extends RecursiveAction {
            void start() {
                pending.incrementAndGet();
                fork();
            }

            @Override
            protected final void compute() {
                try {
                    if (!visitor.stopped()) {
                        work();
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    visitor.stop();
                } finally {
                    if (pending.decrementAndGet() == 0) {
                        done.countDown();
                    }
                }
            }

            abstract void work();
        }

        /** After a failure, lets the tasks still queued see that the visitor stopped, and end. */
        private void awaitQuietly(ForkJoinPool pool) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Lists one directory, forks its subdirectories and reads its accepted
         * files; a big directory's files are split into batches that other threads
         * can steal.
         */
        private final class DirectoryTask extends WalkTask {
            private final Path dir;
            private final String prefix;

            DirectoryTask(Path dir, String prefix) {
                this.dir = dir;
                this.prefix = prefix;
            }

            @Override
            void work() {
                OpenDirectory directory;
                try {
                    directory = new OpenDirectory(dir);
                } catch (IOException e) {
                    visitor.skipped(new SkippedFile(prefix.isEmpty() ? "." : prefix, "cannot list directory: " + Reasons.of(e)));
                    return;
                }
                List<WalkTask> subdirectories = new ArrayList<>();
                List<WalkTask> moreBatches = new ArrayList<>();
                try (directory) {
                    List<Listed> firstBatch = list(directory, subdirectories, moreBatches);
                    subdirectories.forEach(WalkTask::start);
                    moreBatches.forEach(WalkTask::start);
                    for (Listed file : firstBatch) {
                        deliver(directory, file);
                    }
                } catch (IOException e) {
                    // closing a directory that was read: nothing was lost
                }
            }

            /**
             * Sorts the entries into subdirectory tasks and batches of accepted files;
             * returns the first batch, to be read on this thread, and adds the others
             * to {@code moreBatches}.
             */
            private List<Listed> list(OpenDirectory directory, List<WalkTask> subdirectories,
                    List<WalkTask> moreBatches) {
                List<Listed> firstBatch = new ArrayList<>();
                List<Listed> batch = firstBatch;
                long batchBytes = 0;
                try {
                    for (Path entry : directory) {
                        String name = entry.getFileName().toString();
                        if (name.equals(".git")) {
                            continue;
                        }
                        String path = prefix + name;
                        BasicFileAttributes attrs;
                        try {
                            attrs = directory.attributes(entry);
                        } catch (IOException e) {
                            if (filter.accepts(path)) {
                                visitor.skipped(new SkippedFile(path, Reasons.of(e)));
                            }
                            continue;
                        }
                        if (attrs.isDirectory()) {
                            if (filter.entersDirectory(path)) {
                                subdirectories.add(new DirectoryTask(entry, path + "/"));
                            }
                        } else if (filter.accepts(path)) {
                            if (batch.size() == BATCH_FILES || batchBytes >= BATCH_BYTES) {
                                batch = new ArrayList<>();
                                moreBatches.add(new ReadTask(batch));
                                batchBytes = 0;
                            }
                            batch.add(new Listed(entry, path, attrs));
                            batchBytes += attrs.size();
                        }
                    }
                } catch (DirectoryIteratorException e) {
                    // what was listed before the error is still walked
                    visitor.skipped(new SkippedFile(prefix.isEmpty() ? "." : prefix,
                            "cannot list directory: " + Reasons.of(e.getCause())));
                }
                return firstBatch;
            }

            /** Reads one more batch of this directory's files, through its own handle on the directory. */
            private final class ReadTask extends WalkTask {
                private final List<Listed> files;

                ReadTask(List<Listed> files) {
                    this.files = files;
                }

                @Override
                void work() {
                    try (OpenDirectory directory = new OpenDirectory(dir)) {
                        for (Listed file : files) {
                            deliver(directory, file);
                        }
                    } catch (IOException e) {
                        for (Listed file : files) {
                            visitor.skipped(new SkippedFile(file.path(), Reasons.of(e)));
                        }
                    }
                }
            }

            private void deliver(OpenDirectory directory, Listed listed) {
                if (visitor.stopped()) {
                    return;
                }
                String path = listed.path();
                BasicFileAttributes attrs = listed.attrs();
                if (attrs.isSymbolicLink() ? !readableLink(listed.file(), path) : !regularFile(attrs, path)) {
                    return;
                }
                ObjectId blobId = attrs.isSymbolicLink() ? null : index.join().blobId(path, attrs);
                if (!visitor.wantsBlob(path, blobId)) {
                    return;
                }
                ReadBuffer buffer = BUFFERS.get();
                byte[] bytes;
                int length;
                try {
                    if (attrs.isSymbolicLink()) {
                        SourceFile.checkSize(Files.size(listed.file()));
                        bytes = Files.readAllBytes(listed.file());
                        length = bytes.length;
                    } else {
                        length = directory.read(listed.file(), buffer);
                        bytes = buffer.bytes();
                    }
                } catch (IOException e) {
                    visitor.skipped(new SkippedFile(path, Reasons.of(e)));
                    return;
                }
                if (blobId != null && length != attrs.size()) {
                    blobId = null; // changed since it was listed
                }
                if (visitor.wants(path, blobId, bytes, length)) {
                    visitor.file(new SourceFile(path, Arrays.copyOf(bytes, length), blobId));
                }
            }

            private boolean regularFile(BasicFileAttributes attrs, String path) {
                if (!attrs.isRegularFile()) {
                    // a FIFO or device would block or never end
                    visitor.skipped(new SkippedFile(path, "not a regular file"));
                }
                return attrs.isRegularFile();
            }

            /**
             * A link is read when it resolves to a regular file inside the tree that
             * the walk does not read under its own path; links to directories are not followed.
             */
            private boolean readableLink(Path link, String path) {
                String reason;
                try {
                    String target = Files.readSymbolicLink(link).toString();
                    Path real = resolve(link);
                    if (real == null) {
                        reason = "dangling symbolic link (-> " + target + ")";
                    } else if (!real.startsWith(realRoot)) {
                        reason = "symbolic link leaving the tree (-> " + target + ")";
                    } else if (Files.isDirectory(real)) {
                        return false;
                    } else if (!Files.isRegularFile(real)) {
                        reason = "not a regular file";
                    } else {
                        return !filter.accepts(realRoot.relativize(real).toString());
                    }
                } catch (IOException e) {
                    reason = Reasons.of(e);
                }
                visitor.skipped(new SkippedFile(path, reason));
                return false;
            }

            private static Path resolve(Path link) {
                try {
                    return link.toRealPath();
                } catch (IOException e) {
                    return null;
                }
            }
        }
    }
}
