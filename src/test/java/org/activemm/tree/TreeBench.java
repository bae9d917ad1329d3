package org.activemm.tree;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;


/**
 * Throwaway measurement until {@code activemm scan} exists: walks a tree (or
 * a revision) with the scanner's file selection and searches every file for
 * the four identifiers git grep is timed with. Not a test. Arguments as
 * the scan's: {@code [--rev REV] TREE}; -Dnosearch=true times the walk alone.
 */
public final class TreeBench {
    private static final byte[][] WORDS = {
        "active_mm".getBytes(StandardCharsets.US_ASCII), "mmgrab".getBytes(StandardCharsets.US_ASCII),
        "mmdrop".getBytes(StandardCharsets.US_ASCII), "enter_lazy_tlb".getBytes(StandardCharsets.US_ASCII),
    };

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        AtomicLong files = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong matching = new AtomicLong();
        boolean hasRev = args[0].equals("--rev");
        try (SourceTree tree = SourceTrees.open(Path.of(args[hasRev ? 2 : 0]), hasRev ? args[1] : null)) {
            tree.walk(GlobPathFilter.sources(), new FileVisitor() {
                @Override
                public void file(SourceFile file) {
                    files.incrementAndGet();
                    bytes.addAndGet(file.content().length);
                    if (!Boolean.getBoolean("nosearch") && mentions(file.content())) {
                        matching.incrementAndGet();
                    }
                }

                @Override
                public void skipped(SkippedFile file) {
                    skipped.incrementAndGet();
                }
            });
        }
        long walkMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("files %d, %d MB, skipped %d, files mentioning %d; walk %d ms, JVM uptime %d ms%n",
                files.get(), bytes.get() >> 20, skipped.get(), matching.get(), walkMs,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** Multi-pattern Horspool over the words' first six bytes (the shortest word's length). */
    private static final int M = 6;
    private static final int[] SHIFT = new int[256];

    static {
        java.util.Arrays.fill(SHIFT, M);
        for (byte[] word : WORDS) {
            for (int j = 0; j < M - 1; j++) {
                SHIFT[word[j] & 0xff] = Math.min(SHIFT[word[j] & 0xff], M - 1 - j);
            }
            SHIFT[word[M - 1] & 0xff] = 0;
        }
    }

    static boolean mentions(byte[] text) {
        int i = 0;
        while (i + M <= text.length) {
            int shift = SHIFT[text[i + M - 1] & 0xff];
            if (shift == 0) {
                for (byte[] word : WORDS) {
                    if (startsWith(text, i, word)) {
                        return true;
                    }
                }
                shift = 1;
            }
            i += shift;
        }
        return false;
    }

    private static boolean startsWith(byte[] text, int at, byte[] word) {
        if (at + word.length > text.length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (text[at + j] != word[j]) {
                return false;
            }
        }
        return true;
    }
}
