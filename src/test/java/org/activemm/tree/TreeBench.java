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

    /**
     * Looks at each byte once for the rare anchors: "mm" (active_mm, mmgrab,
     * mmdrop) and 'z' (enter_lazy_tlb); a tight compare loop is what C1 compiles well.
     */
    static boolean mentions(byte[] text) {
        int last = text.length - 1;
        for (int i = 0; i < last; i++) {
            byte b = text[i];
            if (b == 'm') {
                if (text[i + 1] == 'm'
                        && (startsWith(text, i - 7, WORDS[0]) || startsWith(text, i, WORDS[1]) || startsWith(text, i, WORDS[2]))) {
                    return true;
                }
            } else if (b == 'z' && startsWith(text, i - 8, WORDS[3])) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] text, int at, byte[] word) {
        if (at < 0 || at + word.length > text.length) {
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
