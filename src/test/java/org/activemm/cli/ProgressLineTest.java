package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.GlobPathFilter;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SkippedFile;
import org.activemm.tree.SourceFile;
import org.activemm.tree.SourceTree;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private static final long MILLIS = 1_000_000L;

    /** Offers its files one by one, each 150 ms after the last on the test's clock, after saying how many to expect. */
    private static final class SlowTree implements SourceTree {
        private final int files;
        private final long expected;
        private final AtomicLong clock;
        /** How often the line asked for the estimate. */
        final AtomicLong counted = new AtomicLong();

        SlowTree(int files, long expected, AtomicLong clock) {
            this.files = files;
            this.expected = expected;
            this.clock = clock;
        }

        @Override
        public void walk(PathFilter filter, FileVisitor visitor) {
            if (expected > 0) {
                visitor.expect(() -> {
                    counted.incrementAndGet();
                    return OptionalLong.of(expected);
                });
            }
            for (int i = 1; i <= files; i++) {
                clock.addAndGet(150 * MILLIS);
                visitor.wantsBlob("drivers/f" + i + ".c", null);
            }
        }

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public Optional<String> revision() {
            return Optional.empty();
        }

        @Override
        public Optional<byte[]> read(String path) {
            return Optional.empty();
        }

        @Override
        public boolean hasDirectory(String path) {
            return false;
        }

        @Override
        public void close() {
        }
    }

    /** The lines drawn, in order, each without its leading carriage return and erase. */
    private static List<String> drawn(SourceTree tree, AtomicLong clock) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> offered = new ArrayList<>();
        new ProgressLine(tree, new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get)
                .walk(GlobPathFilter.sources(), new FileVisitor() {
                    @Override
                    public boolean wantsBlob(String path, ObjectId blobId) {
                        offered.add(path);
                        return false;
                    }

                    @Override
                    public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
                        return false;
                    }

                    @Override
                    public void file(SourceFile file) {
                    }

                    @Override
                    public void skipped(SkippedFile file) {
                    }
                });
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.isEmpty() || out.endsWith("\r\u001b[K"), "a line drawn is erased at the end: " + out);
        assertEquals(List.of("drivers/f1.c", "drivers/f2.c", "drivers/f3.c", "drivers/f4.c", "drivers/f5.c",
                "drivers/f6.c", "drivers/f7.c", "drivers/f8.c").subList(0, offered.size()), offered,
                "every file still reaches the visitor");
        List<String> lines = new ArrayList<>(List.of(out.split("\r\u001b\\[K", -1)));
        lines.removeIf(String::isEmpty);
        return lines;
    }

    @Test
    void aWalkThatKnowsItsTotalDrawsABarAfterHalfASecond() throws Exception {
        AtomicLong clock = new AtomicLong();
        List<String> lines = drawn(new SlowTree(8, 8, clock), clock);
        // files 1 to 3 come within the first 500 ms (150, 300, 450); from the 4th on each is 150 ms later
        assertEquals(List.of(
                "scanning [############............] 50% 4/8 files drivers/f4.c",
                "scanning [###############.........] 62% 5/8 files drivers/f5.c",
                "scanning [##################......] 75% 6/8 files drivers/f6.c",
                "scanning [#####################...] 87% 7/8 files drivers/f7.c",
                "scanning [########################] 100% 8/8 files drivers/f8.c"), lines);
    }

    @Test
    void withoutATotalTheLineCountsFiles() throws Exception {
        AtomicLong clock = new AtomicLong();
        assertEquals(List.of("scanning 4 files drivers/f4.c", "scanning 5 files drivers/f5.c"),
                drawn(new SlowTree(5, 0, clock), clock));
    }

    @Test
    void aShortScanDrawsNothingAndNeverCountsTheFiles() throws Exception {
        AtomicLong clock = new AtomicLong();
        SlowTree tree = new SlowTree(3, 3, clock);
        assertEquals(List.of(), drawn(tree, clock));
        assertEquals(0, tree.counted.get(), "counting can cost, and nothing needed it");
    }

    @Test
    void aLongScanCountsTheFilesOnce() throws Exception {
        AtomicLong clock = new AtomicLong();
        SlowTree tree = new SlowTree(8, 8, clock);
        assertEquals(5, drawn(tree, clock).size());
        assertEquals(1, tree.counted.get());
    }

    @Test
    void anEstimateThatFallsShortStopsAtAFullBarAndALongPathIsCutFromTheLeft() {
        String line = ProgressLine.line(120, 100, "drivers/gpu/drm/amd/include/asic_reg/nbio/nbio_7_0_sh_mask.h");
        assertTrue(line.startsWith("scanning [########################] 100% 120/120 files ..."), line);
        assertTrue(line.endsWith("nbio_7_0_sh_mask.h"), line);
        assertEquals(ProgressLine.WIDTH, line.length(), line);
    }
}
