package org.activemm.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTreeTest {
    @TempDir
    Path base;
    Path root;
    Path outside;

    @BeforeEach
    void twoSiblingDirectories() throws IOException {
        root = Files.createDirectory(base.resolve("tree"));
        outside = Files.createDirectory(base.resolve("outside"));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void deliversSourcesWithTheirBytesAndSkipsDotGit() throws Exception {
        write("kernel/fork.c", "int fork;\n");
        write("include/linux/sched.h", "struct task_struct;\n");
        write("arch/x86/entry/entry_64.S", "ENTRY(x)\n");
        write("arch/x86/Kconfig", "config X86\n");
        write("Makefile", "all:\n");
        write("top.h", "");
        write(".git/objects/stray.c", "not source\n");
        write("tools/sub/.git/hooks/hook.c", "a submodule's git dir\n");
        write("tools/sub/real.c", "real\n");

        try (DirectoryTree tree = new DirectoryTree(root)) {
            Collector walked = Collector.walk(tree, GlobPathFilter.sources());
            assertEquals(Map.of(
                    "kernel/fork.c", "int fork;\n",
                    "include/linux/sched.h", "struct task_struct;\n",
                    "arch/x86/entry/entry_64.S", "ENTRY(x)\n",
                    "top.h", "",
                    "tools/sub/real.c", "real\n"), walked.texts());
            assertEquals(Map.of(), walked.skipped());
            assertEquals(Optional.empty(), tree.revision());
            assertEquals(root.toString(), tree.name());
        }
    }

    @Test
    void onlyWantedFilesAreCopiedAndEachLookSeesItsOwnBytes() throws Exception {
        write("big.c", "b".repeat(300_000));
        write("small.c", "small\n");
        write("drop.skip.c", "dropped after a look\n");
        write("after.h", "a".repeat(10));

        try (DirectoryTree tree = new DirectoryTree(root)) {
            Collector walked = Collector.walk(tree, GlobPathFilter.sources());
            assertEquals(Map.of("big.c", "b".repeat(300_000), "small.c", "small\n", "after.h", "a".repeat(10)),
                    walked.texts(), "the reused buffer never leaks one file's bytes into another");
            assertEquals("dropped after a look\n", walked.looked().get("drop.skip.c"));
            assertEquals(4, walked.looked().size());
        }
    }

    @Test
    void manyFilesAcrossManyDirectoriesAreEachDeliveredOnce() throws Exception {
        for (int d = 0; d < 40; d++) {
            for (int f = 0; f < 25; f++) {
                write("d" + d + "/e" + (d % 3) + "/f" + f + ".c", d + "/" + f);
            }
        }
        try (DirectoryTree tree = new DirectoryTree(root)) {
            Map<String, String> texts = Collector.walk(tree, GlobPathFilter.sources()).texts();
            assertEquals(1000, texts.size());
            assertEquals("17/4", texts.get("d17/e2/f4.c"));
        }
    }

    @Test
    void aFailingVisitorStopsTheWalkAndHearsNothingAfterIt() throws Exception {
        for (int d = 0; d < 20; d++) {
            for (int f = 0; f < 50; f++) {
                write("d" + d + "/f" + f + ".c", "x");
            }
        }
        FailingVisitor failing = new FailingVisitor();
        try (DirectoryTree tree = new DirectoryTree(root)) {
            IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> tree.walk(GlobPathFilter.sources(), failing));
            assertTrue(String.valueOf(thrown).contains(FailingVisitor.MESSAGE)
                    || String.valueOf(thrown.getCause()).contains(FailingVisitor.MESSAGE), String.valueOf(thrown));
        }
        int atReturn = failing.calls();
        // at most one call already under way on each of the walk's threads
        assertTrue(atReturn <= Runtime.getRuntime().availableProcessors(), atReturn + " calls");
        Thread.sleep(50);
        assertEquals(atReturn, failing.calls(), "no call after the walk returned");
    }

    @Test
    void linksInsideTheTreeAreReadLinksLeavingItAreSkippedWithReason() throws Exception {
        write("arch/x86/include/asm/real.h", "real header\n");
        Files.writeString(outside.resolve("secret.h"), "outside\n");
        Files.createDirectories(outside.resolve("dir"));
        Files.writeString(outside.resolve("dir/hidden.c"), "outside dir\n");
        Path include = root.resolve("include");
        Files.createDirectories(include);
        Files.createSymbolicLink(include.resolve("alias.h"), Path.of("../arch/x86/include/asm/real.h"));
        Files.createSymbolicLink(include.resolve("escape.h"), outside.resolve("secret.h"));
        Files.createSymbolicLink(include.resolve("climb.h"), Path.of("../../" + outside.getFileName() + "/secret.h"));
        Files.createSymbolicLink(include.resolve("dead.h"), Path.of("nowhere.h"));
        Files.createSymbolicLink(include.resolve("asm"), Path.of("../arch/x86/include/asm"));
        Files.createSymbolicLink(include.resolve("loop"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("external"), outside.resolve("dir"));

        try (DirectoryTree tree = new DirectoryTree(root)) {
            Collector walked = Collector.walk(tree, GlobPathFilter.sources());
            assertEquals(Map.of("arch/x86/include/asm/real.h", "real header\n"), walked.texts(),
                    "directory links (asm, loop, external) are not followed, and alias.h's target is read only"
                            + " under its own path");
            Map<String, String> skipped = walked.skipped();
            assertEquals(Set.of("include/escape.h", "include/climb.h", "include/dead.h"), skipped.keySet());
            assertEquals("symbolic link leaving the tree (-> " + outside.resolve("secret.h") + ")",
                    skipped.get("include/escape.h"));
            assertTrue(skipped.get("include/climb.h").startsWith("symbolic link leaving the tree (-> ../../"));
            assertEquals("dangling symbolic link (-> nowhere.h)", skipped.get("include/dead.h"));

            assertArrayEquals("real header\n".getBytes(StandardCharsets.UTF_8), tree.read("include/alias.h").orElseThrow());
            assertEquals(Optional.empty(), tree.read("include/escape.h"));

            assertTrue(tree.hasDirectory("arch/x86"));
            assertFalse(tree.hasDirectory("include/asm"), "a link to a directory is not one");
            assertFalse(tree.hasDirectory("include/alias.h"));
            assertFalse(tree.hasDirectory("../" + outside.getFileName()), "nothing outside the tree");

            // when the filter leaves the target out, the link is how its bytes are reached
            Collector onlyInclude = Collector.walk(tree, new GlobPathFilter(List.of("include/**"), List.of()));
            assertEquals(Map.of("include/alias.h", "real header\n"), onlyInclude.texts());
        }
    }

    @Test
    void aFifoIsSkippedNotOpened() throws Exception {
        write("ok.c", "ok\n");
        Path fifo = root.resolve("pipe.c");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        try (DirectoryTree tree = new DirectoryTree(root)) {
            Collector walked = Collector.walk(tree, GlobPathFilter.sources());
            assertEquals(Map.of("ok.c", "ok\n"), walked.texts());
            assertEquals(Map.of("pipe.c", "not a regular file"), walked.skipped());
        }
    }

    @Test
    void aFileThatCannotBeReadIsSkippedAndTheWalkGoesOn() throws Exception {
        // A file that disappears between listing and reading fails the read the
        // same way as any other I/O error, and that can be arranged even as root:
        // the first file read in "racy" deletes its siblings, which the same task
        // then tries to read (a handful of small files is one batch, read in order).
        for (int i = 0; i < 5; i++) {
            write("racy/f" + i + ".c", "racy " + i);
        }
        write("calm/g.c", "calm\n");
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        Collector walked = new Collector() {
            @Override
            public void file(SourceFile file) {
                if (file.path().startsWith("racy/") && deleted.isEmpty()) {
                    for (int i = 0; i < 5; i++) {
                        String sibling = "racy/f" + i + ".c";
                        if (!sibling.equals(file.path())) {
                            deleted.add(sibling);
                            try {
                                Files.delete(root.resolve(sibling));
                            } catch (IOException e) {
                                throw new AssertionError(e);
                            }
                        }
                    }
                }
                super.file(file);
            }
        };
        try (DirectoryTree tree = new DirectoryTree(root)) {
            tree.walk(GlobPathFilter.sources(), walked);
        }
        Map<String, String> texts = walked.texts();
        assertEquals(2, texts.size(), texts.toString());
        assertEquals("calm\n", texts.get("calm/g.c"));
        assertEquals(4, deleted.size());
        Map<String, String> expectedSkips = new java.util.TreeMap<>();
        deleted.forEach(path -> expectedSkips.put(path, "vanished during the walk"));
        assertEquals(expectedSkips, walked.skipped());
    }

    @Test
    void permissionDeniedIsSkippedWithReason() throws Exception {
        write("open.c", "open\n");
        write("closed.c", "closed\n");
        Path closed = root.resolve("closed.c");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(closed),
                "running with CAP_DAC_OVERRIDE (root): permission bits do not stop reads, so there is nothing to test");

        try (DirectoryTree tree = new DirectoryTree(root)) {
            Collector walked = Collector.walk(tree, GlobPathFilter.sources());
            assertEquals(Map.of("open.c", "open\n"), walked.texts());
            assertEquals(Map.of("closed.c", "permission denied"), walked.skipped());
        }
    }

    @Test
    void excludedDirectoriesAreNeverListed() throws Exception {
        write("arch/arm/kernel/smp.c", "arm\n");
        write("arch/arm/mm/fault.c", "arm\n");
        write("arch/x86/mm/tlb.c", "x86\n");
        Set<String> asked = ConcurrentHashMap.newKeySet();
        PathFilter filter = new GlobPathFilter(List.of(), List.of("arch/arm"));
        PathFilter recording = new PathFilter() {
            @Override
            public boolean accepts(String path) {
                asked.add(path);
                return filter.accepts(path);
            }

            @Override
            public boolean entersDirectory(String directory) {
                asked.add(directory + "/");
                return filter.entersDirectory(directory);
            }
        };
        try (DirectoryTree tree = new DirectoryTree(root)) {
            assertEquals(Map.of("arch/x86/mm/tlb.c", "x86\n"), Collector.walk(tree, recording).texts());
        }
        assertEquals(Set.of("arch/", "arch/arm/", "arch/x86/", "arch/x86/mm/", "arch/x86/mm/tlb.c"), asked);
    }

    @Test
    void readsAnyFileByPathAndNothingOutside() throws Exception {
        write("MAINTAINERS", "X86 ARCHITECTURE\n");
        write("arch/x86/Kconfig", "config X86\n");
        Files.writeString(outside.resolve("passwd"), "outside\n");
        try (DirectoryTree tree = new DirectoryTree(root)) {
            assertArrayEquals("X86 ARCHITECTURE\n".getBytes(StandardCharsets.UTF_8), tree.read("MAINTAINERS").orElseThrow());
            assertArrayEquals("config X86\n".getBytes(StandardCharsets.UTF_8), tree.read("arch/x86/Kconfig").orElseThrow());
            assertEquals(Optional.empty(), tree.read("arch/arm/Kconfig"));
            assertEquals(Optional.empty(), tree.read("arch"), "a directory is not a file");
            assertFalse(tree.read("../" + outside.getFileName() + "/passwd").isPresent());
        }
    }
}
