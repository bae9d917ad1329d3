package org.activemm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SkippedFile;
import org.activemm.tree.SourceFile;
import org.activemm.tree.SourceTree;

/**
 * A tree that reports its walk on a terminal: after the first half second,
 * a single line on stderr, redrawn at most ten times a second, erased at the end.
 */
final class ProgressLine implements SourceTree {
    private static final long DELAY_NANOS = 500_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;

    private final SourceTree tree;
    private final PrintStream terminal;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong lastDraw = new AtomicLong();
    private volatile boolean drawn;
    private long start;

    ProgressLine(SourceTree tree, PrintStream terminal) {
        this.tree = tree;
        this.terminal = terminal;
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) throws IOException {
        start = System.nanoTime();
        lastDraw.set(start);
        try {
            tree.walk(filter, new FileVisitor() {
                @Override
                public boolean wantsBlob(String path, String blobId) {
                    tick(path);
                    return visitor.wantsBlob(path, blobId);
                }

                @Override
                public boolean wants(String path, String blobId, byte[] buffer, int length) {
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
            });
        } finally {
            if (drawn) {
                synchronized (terminal) {
                    terminal.print("\r\u001b[K");
                    terminal.flush();
                }
            }
        }
    }

    private void tick(String path) {
        long n = files.incrementAndGet();
        long now = System.nanoTime();
        long last = lastDraw.get();
        if (now - start < DELAY_NANOS || now - last < EVERY_NANOS || !lastDraw.compareAndSet(last, now)) {
            return;
        }
        String shown = path.length() > 50 ? "..." + path.substring(path.length() - 47) : path;
        synchronized (terminal) {
            terminal.printf("\r\u001b[Kscanning %s: %d files  %s", tree.name(), n, shown);
            terminal.flush();
        }
        drawn = true;
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
    public Optional<byte[]> read(String path) throws IOException {
        return tree.read(path);
    }

    @Override
    public void close() {
        tree.close();
    }
}
