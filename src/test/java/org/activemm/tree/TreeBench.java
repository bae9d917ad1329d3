package org.activemm.tree;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;


/**
 * Throwaway measurement until {@code activemm scan} exists: walks a tree (or
 * a revision) with the scanner's file selection and searches every file for
 * the four identifiers git grep is timed with. Not a test; run by
 * bench/scan-vs-grep.sh --tree-only.
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
        try (SourceTree tree = SourceTrees.open(Path.of(args[0]), args.length > 1 ? args[1] : null)) {
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

    static boolean mentions(byte[] text) {
        for (int i = 0; i < text.length; i++) {
            byte b = text[i];
            if (b == 'a' || b == 'm' || b == 'e') {
                for (byte[] word : WORDS) {
                    if (word[0] == b && startsWith(text, i, word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] text, int at, byte[] word) {
        if (at + word.length > text.length) {
            return false;
        }
        for (int j = 1; j < word.length; j++) {
            if (text[at + j] != word[j]) {
                return false;
            }
        }
        return true;
    }
}
