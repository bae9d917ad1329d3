package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.activemm.cli.ScanCommandTest.Run;
import org.activemm.testing.GitCommandLine;
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
}
