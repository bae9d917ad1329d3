package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.activemm.cli.ScanCommandTest.Run;
import org.activemm.sites.PrefilterCache;
import org.activemm.tree.SourceFile;
import org.activemm.testing.GitCommandLine;
import org.activemm.testing.SmallFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs, each answered with one line on stderr and a
 * documented exit code (never 4), or a note where the command can go on.
 */
class BadInputTest {
    private static final Path DEMO = Path.of("kernel-fixtures/linux-4.19-shape");

    private static Run run(String... args) {
        return ScanCommandTest.run(args);
    }

    /** A clone made with --filter=blob:none has trees but no blobs: every file is listed as unreadable. */
    private static Path bloblessClone(Path dir) throws Exception {
        Path source = dir.resolve("source");
        ScanCommandTest.copyTree(DEMO, source);
        GitCommandLine.check(GitCommandLine.run(source, "init", "-q"));
        GitCommandLine.check(GitCommandLine.run(source, "add", "-A"));
        GitCommandLine.check(GitCommandLine.run(source, "commit", "-q", "-m", "demo"));
        GitCommandLine.check(GitCommandLine.run(source, "config", "uploadpack.allowFilter", "true"));
        Path clone = dir.resolve("blobless.git");
        GitCommandLine.check(GitCommandLine.run(dir, "clone", "-q", "--bare", "--filter=blob:none",
                source.toUri().toString(), clone.toString()));
        return clone;
    }

    @Test
    void bloblessCloneListsTheKconfigAndMakefilesItCouldNotReadAndFinishesTheScan(@TempDir Path dir) throws Exception {
        Path clone = bloblessClone(dir);
        Run scan = run("scan", "--no-cache", "--rev", "HEAD", clone.toString());
        assertEquals(ExitCodes.OK, scan.exit(), scan.err());
        assertTrue(scan.out().contains("arch/Kconfig: warning: not scanned: missing object "), scan.out());

        Run checklist = run("checklist", "--no-cache", "--arch", "x86", "--rev", "HEAD", clone.toString());
        assertEquals(ExitCodes.OK, checklist.exit(), checklist.err());

        Run generate = run("generate", "--no-cache", "--arch", "x86", "--rev", "HEAD", "--signoff", "A <a@b.org>",
                "--out", dir.resolve("series").toString(), clone.toString());
        assertEquals(ExitCodes.INPUT, generate.exit(), generate.err());
        assertTrue(generate.err().matches("activemm: \\S+: cannot read \\S+: Missing blob \\p{XDigit}{40}\n"),
                generate.err());
    }

    @Test
    void aThousandLevelDirectoryTreeIsWalkedWithoutOverflowingTheStack(@TempDir Path dir) throws Exception {
        Path deepest = dir;
        for (int i = 0; i < 1000; i++) {
            deepest = deepest.resolve("d");
        }
        Files.createDirectories(deepest);
        Files.writeString(deepest.resolve("x.c"), "void f(struct task_struct *t)\n{\n\tt->active_mm = 0;\n}\n");
        Run r = run("scan", "--no-cache", "--arch", "x86", dir.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
        assertTrue(r.out().contains("/d/x.c:3:5: warning: "), r.out());
    }

    @Test
    void aTemplateThatCallsItselfIsAnInputErrorOfOneLine(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/patch"));
        Files.writeString(templates.resolve("cover-letter.ftl"), "<#macro again><@again/></#macro><@again/>");
        Run r = generate(dir, "--templates", dir.resolve("templates").toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r.err());
        assertEquals("activemm: template patch/cover-letter.ftl: nested too deeply (a macro or include that calls"
                + " itself?)\n", r.err());
    }

    @Test
    void aTemplateLinkingOutsideTheTemplatesDirectoryIsAnInputErrorOfOneLine(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/patch"));
        Path outside = Files.writeString(dir.resolve("outside.ftl"), "Subject: elsewhere\n");
        Files.createSymbolicLink(templates.resolve("cover-letter.ftl"), outside);
        Run r = generate(dir, "--templates", dir.resolve("templates").toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r.err());
        assertEquals("activemm: template patch/cover-letter.ftl: is a link to a file outside --templates\n", r.err());
    }

    @Test
    void aSignoffOfTwoLinesOrNoneIsRefusedBeforeItBecomesAMailHeader(@TempDir Path dir) {
        Run twoLines = run("generate", "--no-cache", "--arch", "x86", "--signoff", "A <a@b.org>\nBcc: x@y.org",
                "--out", dir.resolve("s").toString(), DEMO.toString());
        assertEquals(ExitCodes.USAGE, twoLines.exit(), twoLines.err());
        assertEquals("activemm: --signoff 'A <a@b.org>\\nBcc: x@y.org': give one line, 'NAME <MAIL>'\n",
                twoLines.err());
        Run empty = run("generate", "--no-cache", "--arch", "x86", "--signoff", " ",
                "--out", dir.resolve("s").toString(), DEMO.toString());
        assertEquals(ExitCodes.USAGE, empty.exit(), empty.err());
    }

    /** Option words are converted by picocli; a typo in any of them is still one line, exit 2 and a guess. */
    @Test
    void aMistypedOptionWordGetsOneLineWithADidYouMean() {
        String x86 = "; did you mean 'x86'? (known: x86, ";
        assertMistyped(x86, "check", "--arch", "x68", ".", "series");
        assertMistyped(x86, "model", "explain", "--arch", "x68", "--strategy", "refcount");
        assertMistyped(x86, "model", "check", "--arch", "x86,x68");
        assertMistyped(x86, "scan", "--arch", "arm64, x68", DEMO.toString());
        assertMistyped("activemm: unknown scheme 'upstrem'; did you mean 'upstream'? (known: seed, upstream)",
                "check", "--scheme", "upstrem", ".", "series");
        assertMistyped("activemm: unknown scheme 'sed'; did you mean 'seed'?", "model", "check", "--scheme", "sed");
        assertMistyped("activemm: unknown strategy 'ipi-scna'; did you mean 'ipi-scan'?",
                "generate", "--arch", "x86", "--strategy", "ipi-scna", "--out", "x", DEMO.toString());
        assertMistyped("activemm: unknown EFI mode 'irqs-onn'; did you mean 'irqs-on'?",
                "model", "export", "--format", "promela", "--arch", "x86", "--strategy", "refcount", "--efi", "irqs-onn");
        assertMistyped("activemm: unknown status 'convertd'; did you mean 'converted'?",
                "scan", "--status", "info,convertd", DEMO.toString());
        assertMistyped("activemm: unknown rule 'amm12'; did you mean 'AMM012'?", "scan", "--ignore", "amm12",
                DEMO.toString());
    }

    private static void assertMistyped(String expected, String... args) {
        Run r = run(args);
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void controlCharactersOfUserInputAreEscapedInTheErrorLine() {
        Run rev = run("scan", "--no-cache", "--rev", "HEAD\nmaster", ".");
        assertEquals(ExitCodes.INPUT, rev.exit(), rev.err());
        assertEquals("activemm: revision 'HEAD\\nmaster' not found in .\n", rev.err());
        Run arch = run("scan", "--no-cache", "--arch", "x8\u001b[31m6", DEMO.toString());
        assertEquals(ExitCodes.USAGE, arch.exit(), arch.err());
        assertTrue(arch.err().startsWith("activemm: unknown arch 'x8\\x1b[31m6' (known: "), arch.err());
        assertEquals(1, arch.err().lines().count(), arch.err());
    }

    private static Path mkfifo(Path path) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor(), "mkfifo");
        return path;
    }

    private static Run generate(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("generate", "--no-cache", "--arch",
                "x86", "--signoff", "A <a@b.org>", "--out", dir.resolve("series").toString()));
        args.addAll(List.of(more));
        args.add(DEMO.toString());
        return run(args.toArray(String[]::new));
    }

    @Test
    void aCacheFileThatIsALinkToAnEndlessDeviceOrAFifoReadsAsAnEmptyCache(@TempDir Path dir) throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.bin"), Path.of("/dev/zero"));
        Path fifo = mkfifo(dir.resolve("fifo.bin"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            // the scan runs with an empty cache and saves a regular file over the link or FIFO
            PrefilterCache.load(zero);
            PrefilterCache.load(fifo);
        });
    }

    @Test
    void aSourceFileOverTheSizeLimitIsSkippedWithItsReasonInsteadOfRead(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("kernel"));
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("kernel/huge.c").toFile(), "rw")) {
            huge.setLength(SourceFile.MAX_BYTES + 1L); // sparse: no disk space used
        }
        Run r = run("scan", "--no-cache", dir.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("kernel/huge.c: warning: not scanned: larger than 64 MiB, not a source file\n"),
                r.out());
    }

    @Test
    void aReportToAFullDiskIsAnInputErrorAndLeavesNoFile(@TempDir Path dir) throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mount(dir, 64)) {
            disk.fill();
            for (String format : List.of("text", "json", "sarif")) {
                Path report = disk.root().resolve("report." + format);
                Run r = run("scan", "--no-cache", "--format", format, "-o", report.toString(), DEMO.toString());
                assertEquals(ExitCodes.INPUT, r.exit(), format + ": " + r.err());
                assertEquals("activemm: cannot write " + report + ": No space left on device\n", r.err());
                try (var left = Files.list(disk.root())) {
                    assertEquals(List.of("filler"), left.map(p -> p.getFileName().toString()).toList(), format);
                }
            }
            Path series = disk.root().resolve("series");
            Run g = run("generate", "--no-cache", "--arch", "x86", "--signoff", "A <a@b.org>", "--out", series.toString(),
                    DEMO.toString());
            assertEquals(ExitCodes.INPUT, g.exit(), g.err());
            assertTrue(g.err().matches("activemm: --out \\S+: cannot write [^:]+: No space left on device\n"), g.err());
            try (var left = Files.list(disk.root())) {
                assertEquals(List.of("filler"), left.map(p -> p.getFileName().toString()).toList());
            }
        }
    }

    @Test
    void standardOutputThatCannotBeWrittenIsAnInputErrorOfOneLine() throws Exception {
        StringWriter err = new StringWriter();
        try (PrintWriter full = new PrintWriter(new FileOutputStream("/dev/full"), true)) {
            int exit = Main.run(new String[] {"scan", "--no-cache", DEMO.toString()}, full, new PrintWriter(err));
            assertEquals(ExitCodes.INPUT, exit, err.toString());
        }
        assertEquals("activemm: cannot write to standard output (disk full or pipe closed)\n", err.toString());
    }

    @Test
    void forceReplacesOnlyRegularFilesAndKeepsTheirMode(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), "old\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        Run replaced = run("scan", "--no-cache", "--force", "-o", report.toString(), DEMO.toString());
        assertEquals(ExitCodes.FINDINGS, replaced.exit(), replaced.err());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertFalse(Files.readString(report).startsWith("old"));

        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), report);
        Path fifo = mkfifo(dir.resolve("fifo"));
        for (Path node : List.of(link, fifo, Path.of("/dev/null"))) {
            Run r = run("scan", "--no-cache", "--force", "-o", node.toString(), DEMO.toString());
            assertEquals(ExitCodes.INPUT, r.exit(), r.err());
            assertEquals("activemm: " + node + " is not a regular file (a link, device or FIFO); --output replaces"
                    + " only regular files\n", r.err());
        }
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "the device is still there");
    }

    /** Size and mtime are not enough: git also compares ctime and the inode, and so must the cache's shortcut. */
    @Test
    void aFileRewrittenAtTheSameSizeAndGivenItsOldMtimeIsReadAgain(@TempDir Path dir) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path file = Files.createDirectories(tree.resolve("kernel")).resolve("a.c");
        String before = "void f(struct task_struct *t)\n{\n\tt->mm_padding = 0;\n}\n";
        String after = "void f(struct task_struct *t)\n{\n\tt->active_mm = 0; \n}\n";
        assertEquals(before.length(), after.length());
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.writeString(file, before);
        Files.setLastModifiedTime(file, old);
        GitCommandLine.check(GitCommandLine.run(tree, "init", "-q"));
        GitCommandLine.check(GitCommandLine.run(tree, "add", "-A"));
        GitCommandLine.check(GitCommandLine.run(tree, "commit", "-q", "-m", "base"));
        Run first = run("scan", "--format", "json", tree.toString()); // the cache learns: no candidate in the blob
        assertEquals(ExitCodes.OK, first.exit(), first.err());

        Files.writeString(file, after); // same inode, same size
        Files.setLastModifiedTime(file, old);
        Run second = run("scan", "--format", "json", tree.toString());
        assertEquals(ExitCodes.FINDINGS, second.exit(), second.out() + second.err());
        assertEquals("kernel/a.c", second.json().path("findings").get(0).path("path").asText());
    }

    /** gcc ends a line at a lone CR, so a site after a line comment on a CR-only line is still code. */
    @Test
    void linesEndedByALoneCarriageReturnAreLinesOfCode(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("kernel"));
        Files.writeString(dir.resolve("kernel/cr.c"), "// a comment\r#include <linux/sched.h>\r"
                + "void f(struct task_struct *t)\r{\r\tt->active_mm = 0; \\\r\r}\r");
        Run r = run("scan", "--no-cache", "--format", "json", dir.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
        assertEquals(1, r.json().path("findings").size(), r.out());
        assertEquals(5, r.json().path("findings").get(0).path("line").asInt());
        assertEquals(5, r.json().path("findings").get(0).path("column").asInt());
    }

    /** A patched file whose last line ends in a lone CR keeps it: the series must apply and give the same bytes. */
    @Test
    void aFileEndingInALoneCarriageReturnKeepsItThroughTheSeries(@TempDir Path dir) throws Exception {
        Path tree = dir.resolve("tree");
        ScanCommandTest.copyTree(DEMO, tree);
        Path kconfig = tree.resolve("arch/Kconfig"); // the series adds its option three lines from the end
        String text = Files.readString(kconfig);
        assertTrue(text.endsWith("\nendmenu\n"));
        Files.writeString(kconfig, text.substring(0, text.length() - 1) + "\r");
        GitCommandLine.check(GitCommandLine.run(tree, "init", "-q"));
        GitCommandLine.check(GitCommandLine.run(tree, "add", "-A"));
        GitCommandLine.check(GitCommandLine.run(tree, "commit", "-q", "-m", "base"));
        Path series = dir.resolve("series");
        Run g = run("generate", "--no-cache", "--arch", "x86", "--signoff", "A <a@b.org>", "--out", series.toString(),
                tree.toString());
        assertEquals(ExitCodes.OK, g.exit(), g.err());
        // --keep-cr: by default git am strips a CR before each line's LF, the patch's own included
        List<String> am = new ArrayList<>(List.of("am", "-q", "--keep-cr"));
        try (var files = Files.list(series)) {
            files.map(Path::toString).filter(f -> f.matches(".*/\\d{4}-.*\\.patch") && !f.contains("/0000-")).sorted()
                    .forEach(am::add);
        }
        GitCommandLine.check(GitCommandLine.run(tree, am.toArray(String[]::new)));
        String patched = Files.readString(kconfig);
        assertTrue(patched.contains("config ARCH_NO_TASK_ACTIVE_MM\n"), "the series edited the file");
        assertTrue(patched.endsWith("\nendmenu\r"), "ends as before: " + patched.substring(patched.length() - 20));
    }

    @Test
    void anEmptyIncludeGlobIsAUsageError() {
        Run r = run("scan", "--no-cache", "--include", "", DEMO.toString());
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertEquals("activemm: empty glob in --include/--exclude\n", r.err());
    }

    @Test
    void aTreeRootThatCannotBeListedIsAnInputError(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("closed"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(root), "root reads any directory");
            Run r = run("scan", "--no-cache", root.toString());
            assertEquals(ExitCodes.INPUT, r.exit(), r.err());
            assertEquals("activemm: cannot read tree " + root + ": permission denied\n", r.err());
        } finally {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** A damaged pack reads as missing objects in JGit: say so, rather than that the revision does not exist. */
    @Test
    void aCorruptPackIsReportedAsACorruptRepository(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        ScanCommandTest.copyTree(DEMO, repo);
        GitCommandLine.check(GitCommandLine.run(repo, "init", "-q"));
        GitCommandLine.check(GitCommandLine.run(repo, "add", "-A"));
        GitCommandLine.check(GitCommandLine.run(repo, "commit", "-q", "-m", "demo"));
        GitCommandLine.check(GitCommandLine.run(repo, "gc", "-q"));
        try (var packs = Files.list(repo.resolve(".git/objects/pack"))) {
            for (Path pack : packs.filter(p -> p.toString().endsWith(".pack")).toList()) {
                byte[] bytes = Files.readAllBytes(pack);
                for (int i = 12; i < bytes.length - 20; i += 7) {
                    bytes[i] ^= 0x55;
                }
                Files.setPosixFilePermissions(pack, PosixFilePermissions.fromString("rw-r--r--"));
                Files.write(pack, bytes);
            }
        }
        Run r = run("scan", "--no-cache", "--rev", "HEAD", repo.toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r.err());
        assertTrue(r.err().matches("activemm: repository \\S+ is corrupt: 'HEAD' names \\p{XDigit}{40}, which cannot"
                + " be read\n"), r.err());
    }
}
