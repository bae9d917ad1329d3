package org.activemm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.ForwardingTree;
import org.activemm.tree.ForwardingVisitor;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SourceTree;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A tree that reports its walk on a terminal: after the first half second,
 * a single line on stderr, redrawn at most ten times a second and erased at
 * the end. It is a bar with a percentage once the walk says how many files
 * to expect (a revision, a git work tree), else a running count.
 */
final class ProgressLine extends ForwardingTree {
    private static final long DELAY_NANOS = 500_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;
    /** Short of 80 columns, so that the line never wraps on a standard terminal. */
    static final int WIDTH = 79;
    private static final int BAR = 24;

    private final PrintStream terminal;
    private final LongSupplier nanoClock;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong lastDraw = new AtomicLong();
    /** How the walk counts its files, if it can; asked once, when the first line is drawn. */
    private volatile Supplier<OptionalLong> estimate;
    /** The answer, null until asked; read and written under the terminal's lock, where lines are drawn. */
    private OptionalLong expected;
    private volatile boolean drawn;
    private long start;

    ProgressLine(SourceTree tree, PrintStream terminal) {
        this(tree, terminal, System::nanoTime);
    }

    /** With the clock the line's delay and pace are measured on (tests pass their own). */
    ProgressLine(SourceTree tree, PrintStream terminal, LongSupplier nanoClock) {
        super(tree);
        this.terminal = terminal;
        this.nanoClock = nanoClock;
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) throws IOException {
        start = nanoClock.getAsLong();
        lastDraw.set(start);
        try {
            tree.walk(filter, new ForwardingVisitor(visitor) {
                @Override
                public boolean wantsBlob(String path, ObjectId blobId) {
                    tick(path);
                    return super.wantsBlob(path, blobId);
                }

                @Override
                public void expect(Supplier<OptionalLong> files) {
                    estimate = files;
                    super.expect(files);
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
        long now = nanoClock.getAsLong();
        long last = lastDraw.get();
        if (now - start < DELAY_NANOS || now - last < EVERY_NANOS || !lastDraw.compareAndSet(last, now)) {
            return;
        }
        synchronized (terminal) {
            terminal.print("\r\u001b[K" + line(n, expected(), path));
            terminal.flush();
        }
        drawn = true;
    }

    /** The walk's estimate (0: none), asked for the first time a line is drawn after the walk offered one. */
    private long expected() {
        Supplier<OptionalLong> files = estimate;
        if (expected == null && files != null) {
            expected = files.get();
        }
        return expected == null ? 0 : expected.orElse(0);
    }

    /** The line for {@code n} files offered of {@code expected} (0: not known), ending with the current path. */
    static String line(long n, long expected, String path) {
        StringBuilder line = new StringBuilder("scanning ");
        if (expected > 0) {
            // an index is an estimate: untracked files can take the count past it
            long percent = Math.min(100, n * 100 / expected);
            int filled = (int) Math.min(BAR, n * BAR / expected);
            line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(percent).append("% ").append(n).append('/').append(Math.max(n, expected));
        } else {
            line.append(n);
        }
        line.append(" files ");
        int room = WIDTH - line.length();
        line.append(path.length() <= room ? path : "..." + path.substring(path.length() - Math.max(0, room - 3)));
        return line.toString();
    }

    @Override
    public void close() {
        tree.close();
    }
}
