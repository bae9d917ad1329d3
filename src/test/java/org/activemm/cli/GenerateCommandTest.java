package org.activemm.cli;

import static org.activemm.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.activemm.cli.ScanCommandTest.Run;
import org.activemm.testing.GitCommandLine;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.activemm.testing.Needs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code activemm generate} and {@code activemm checklist} from the command line. */
class GenerateCommandTest {
    private static final String DEMO = "kernel-fixtures/linux-4.19-shape";
    private static final String SIGNOFF = "Ada Tester <ada@example.org>";

    @Test
    void writesTheSeriesWithTheModelsStrategyAndAChecklist(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("series");
        Run r = run("generate", "--arch", "x86", "--signoff", SIGNOFF, "--out", out.toString(), DEMO);
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith(out + ": 9 patches and 2 other files"), r.out());
        List<String> names = list(out);
        assertEquals("0000-cover-letter.patch", names.get(0));
        assertTrue(names.contains("checklist-x86.md"), names.toString());
        assertTrue(names.get(9).startsWith("0009-x86-select-ARCH_NO_TASK_ACTIVE_MM"), names.toString());
        String shootDown = Files.readString(out.resolve(names.get(7)));
        // x86's flush and leave_mm() take a lazy CPU out of the mask while its per-CPU record still names mm, so
        // the model finds ipi-cpumask and piggyback unsafe and x86 gets ipi-scan
        assertTrue(shootDown.contains("strategy (ipi-scan) safe on x86") && shootDown.contains("per_cpu(cpu_active_mm, cpu)"),
                shootDown);
        assertFalse(shootDown.contains("mm_cpumask(mm)"), shootDown);
        assertTrue(shootDown.contains("Signed-off-by: " + SIGNOFF));
    }

    @Test
    void aCompleteSeriesSelectsTheOptionAndTakesFormatPatchsMailOptions(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("linux");
        ScanCommandTest.copyTree(Path.of("kernel-fixtures/linux-6.5-shape"), repo);
        String head;
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            ScanCommandTest.commitAll(git, "base");
            head = git.getRepository().resolve("HEAD").name();
        }
        Path out = dir.resolve("series");
        Run r = run("generate", "--arch", "x86", "--rev", "HEAD", "--signoff", SIGNOFF, "-v", "2",
                "--to", "linux-mm@example.org", "--cc", "Rik <rik@example.org>", "--out", out.toString(), repo.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err() + r.out());
        List<String> names = list(out);
        String cover = Files.readString(out.resolve(names.get(0)));
        assertTrue(cover.contains("Subject: [PATCH v2 0/"), cover);
        assertTrue(cover.contains("\nTo: linux-mm@example.org\nCc: Rik <rik@example.org>"), cover);
        assertTrue(cover.contains("\nbase-commit: " + head + "\n-- \n"), cover);
        assertTrue(names.stream().anyMatch(n -> n.contains("-x86-select-ARCH_NO_TASK_ACTIVE_MM")), names.toString());

        Run rfc = run("generate", "--arch", "x86", "--rev", "HEAD", "--signoff", SIGNOFF, "--rfc",
                "--subject-prefix", "PATCH mm", "--out", dir.resolve("rfc").toString(), repo.toString());
        assertEquals(ExitCodes.OK, rfc.exit(), rfc.err());
        assertTrue(Files.readString(dir.resolve("rfc").resolve(names.get(1))).contains("Subject: [RFC PATCH mm 1/"));

        Run bad = run("generate", "--arch", "x86", "--signoff", SIGNOFF, "--cc", "a\nBcc: b",
                "--out", dir.resolve("bad").toString(), repo.toString());
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.err());

        // a dump of another task's member has no recipe: hand work, so an RFC without the select, and exit 1
        Files.writeString(repo.resolve("kernel/sched/dump.c"), "// SPDX-License-Identifier: GPL-2.0\n"
                + "#include <linux/sched.h>\n\nvoid dump_task_mm(struct task_struct *p)\n{\n"
                + "\tpr_info(\"%px\\n\", p->active_mm);\n}\n");
        Path rfcOut = dir.resolve("left");
        Run left = run("generate", "--arch", "x86", "--signoff", SIGNOFF, "--out", rfcOut.toString(), repo.toString());
        assertEquals(ExitCodes.FINDINGS, left.exit(), left.err() + left.out());
        assertTrue(left.out().contains("kernel/sched/dump.c:6: "), left.out());
        List<String> leftNames = list(rfcOut);
        assertFalse(leftNames.stream().anyMatch(n -> n.contains("select")), leftNames.toString());
        String leftCover = Files.readString(rfcOut.resolve(leftNames.get(0)));
        assertTrue(leftCover.contains("Subject: [RFC PATCH 0/"), leftCover);
        assertTrue(leftCover.contains("\nThis is an RFC: the sites listed at the end need hand work, so the\n"), leftCover);
        assertFalse(leftCover.contains("builds and boots"), leftCover);
    }

    @Test
    void signsOffWithTheRepositorysIdentityByDefault(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(System.getenv("GIT_AUTHOR_NAME") == null, "GIT_AUTHOR_NAME overrides git config");
        Path repo = dir.resolve("linux");
        ScanCommandTest.copyTree(Path.of(DEMO), repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Local Dev");
            config.setString("user", null, "email", "local@example.org");
            config.save();
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setSign(false).call();
        }
        Path out = dir.resolve("series");
        Run r = run("generate", "--arch", "x86", "--rev", "HEAD", "--out", out.toString(), repo.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        String first = Files.readString(out.resolve(list(out).get(1)));
        assertTrue(first.contains("\nFrom: Local Dev <local@example.org>\n"), first);
        assertTrue(first.contains("\nSigned-off-by: Local Dev <local@example.org>\n"), first);
    }

    @Test
    void saysWhenFilesTheSeriesPatchesDifferFromHead(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("linux");
        ScanCommandTest.copyTree(Path.of(DEMO), repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            ScanCommandTest.commitAll(git, "base");
        }
        Run clean = run("generate", "--arch", "x86", "--signoff", SIGNOFF, "--out", dir.resolve("clean").toString(),
                repo.toString());
        assertEquals(ExitCodes.OK, clean.exit(), clean.err());
        assertEquals("", clean.err());

        // fs/exec.c is one of the 17 files the x86 series patches; MAINTAINERS is only read
        Files.writeString(repo.resolve("fs/exec.c"), "/* a local edit */\n", StandardOpenOption.APPEND);
        Files.writeString(repo.resolve("MAINTAINERS"), "\n", StandardOpenOption.APPEND);
        Run edited = run("generate", "--arch", "x86", "--signoff", SIGNOFF, "--out", dir.resolve("edited").toString(),
                repo.toString());
        assertEquals(ExitCodes.OK, edited.exit(), edited.err());
        assertEquals("activemm: note: 1 of the 17 files the series patches differ from HEAD (fs/exec.c); git am"
                + " applies to HEAD, so commit them first or generate with --rev\n", edited.err());

        Run atHead = run("generate", "--arch", "x86", "--rev", "HEAD", "--signoff", SIGNOFF,
                "--out", dir.resolve("at-head").toString(), repo.toString());
        assertEquals("", atHead.err(), "a series made at a revision applies to it");

        // a repository that cannot be read (HEAD's tree lost) costs the note, not the series
        try (Git git = Git.open(repo.toFile())) {
            String tree = git.getRepository().resolve("HEAD^{tree}").name();
            Files.delete(git.getRepository().getDirectory().toPath().resolve("objects")
                    .resolve(tree.substring(0, 2)).resolve(tree.substring(2)));
        }
        Run broken = run("generate", "--arch", "x86", "--signoff", SIGNOFF, "--out", dir.resolve("broken").toString(),
                repo.toString());
        assertEquals(ExitCodes.OK, broken.exit(), broken.err());
        assertEquals("", broken.err());
        assertTrue(Files.exists(dir.resolve("broken/0000-cover-letter.patch")));
    }

    @Test
    void aSeriesMadeFromADirectoryOfTheRevisionSaysHowToApplyIt(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("snapshot");
        ScanCommandTest.copyTree(Path.of(DEMO), repo.resolve("linux"));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            ScanCommandTest.commitAll(git, "snapshot");
        }
        Path out = dir.resolve("series");
        Run r = run("generate", "--arch", "x86", "--rev", "HEAD:./linux/", "--signoff", SIGNOFF,
                "--out", out.toString(), repo.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals("activemm: note: the series' paths are from linux/; apply it in the repository with"
                + " git am --directory=linux\n", r.err());
        List<String> names = list(out);
        assertTrue(Files.readString(out.resolve(names.get(1))).contains("\ndiff --git a/arch/Kconfig b/arch/Kconfig\n"));

        Needs.that(GitCommandLine.available(), "the git command line");
        List<String> am = new java.util.ArrayList<>(List.of("am", "--directory=linux"));
        names.stream().filter(n -> n.matches("000[1-9]-.*")).map(n -> out.resolve(n).toString()).forEach(am::add);
        GitCommandLine.Result applied = GitCommandLine.run(repo, am.toArray(String[]::new));
        assertEquals(0, applied.exit(), "git am --directory=linux applies the series: " + applied.output());
    }

    @Test
    void refusesWhatCannotBeMeant(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("series");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");

        Run busy = run("generate", "--arch", "x86", "--signoff", SIGNOFF, "--out", out.toString(), DEMO);
        assertEquals(ExitCodes.USAGE, busy.exit());
        assertEquals(1, busy.err().lines().count(), busy.err());
        assertEquals(List.of("keep.txt"), list(out), "nothing of the user's is touched");

        Run noArch = run("generate", "--signoff", SIGNOFF, "--out", dir.resolve("a").toString(), DEMO);
        assertEquals(ExitCodes.USAGE, noArch.exit());
        Run unknown = run("generate", "--arch", "pdp11", "--signoff", SIGNOFF, "--out", dir.resolve("b").toString(),
                DEMO);
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("(known: x86, "), unknown.err());

        Run unsafe = run("generate", "--arch", "x86", "--strategy", "piggyback", "--signoff", SIGNOFF,
                "--out", dir.resolve("c").toString(), DEMO);
        assertEquals(ExitCodes.USAGE, unsafe.exit(), unsafe.err());
        assertTrue(unsafe.err().contains("no-uaf") && unsafe.err().contains("on x86: ")
                && unsafe.err().contains("the per-CPU record of cpus 0,1 still names M"), unsafe.err());
        assertFalse(Files.exists(dir.resolve("c")), "a refused run leaves nothing behind");

        Run anyway = run("generate", "--arch", "x86", "--strategy", "piggyback", "--unsafe-ok",
                "--signoff", SIGNOFF, "--out", dir.resolve("c").toString(), DEMO);
        assertEquals(ExitCodes.OK, anyway.exit(), anyway.err());

        Run upstreamX86 = run("generate", "--scheme", "upstream", "--arch", "x86", "--signoff", SIGNOFF,
                "--out", dir.resolve("e").toString(), DEMO);
        assertEquals(ExitCodes.USAGE, upstreamX86.exit(), upstreamX86.err());
        assertTrue(upstreamX86.err().contains("no strategy but refcount safe on x86 under scheme upstream"
                + " (ipi-cpumask breaks no-uaf on x86)"), upstreamX86.err());
        assertFalse(Files.exists(dir.resolve("e")), "a refused run leaves nothing behind");
    }

    @Test
    void checklistListsSitesVerdictsAndBuildsForOneArch() {
        Run md = run("checklist", "--arch", "x86", DEMO);
        assertEquals(ExitCodes.FINDINGS, md.exit(), md.err());
        assertTrue(md.out().contains("arch/x86/platform/efi/efi_64.c:25"), md.out());
        assertTrue(md.out().contains("x86+hyperv"), "the paravirt variants to boot-test");
        assertTrue(md.out().contains("piggyback"), md.out());
        Run html = run("checklist", "--arch", "x86", "--format", "html", DEMO);
        assertTrue(html.out().contains("<html") || html.out().contains("<!DOCTYPE"), html.out());
        assertEquals(ExitCodes.USAGE, run("checklist", "--arch", "x86,arm64", DEMO).exit());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
