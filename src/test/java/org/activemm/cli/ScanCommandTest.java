package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code activemm scan} end to end: formats, exit codes, errors, and revisions of a git repository. */
class ScanCommandTest {
    private static final Path DEMO = Path.of("kernel-fixtures/linux-4.19-shape");

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void textReportOnTheDemoTreeExitsOneBecauseSitesNeedAChange() {
        Run r = run("scan", "--arch", "x86", DEMO.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
        assertTrue(r.out().contains("arch/x86/platform/efi/efi_64.c:25:33: warning: "), r.out());
        assertTrue(r.out().contains("[AMM007]"), r.out());
        assertFalse(r.out().contains("[AMM014]"), "comment notes only with --notes");
        assertTrue(run("scan", "--arch", "x86", "--notes", DEMO.toString()).out().contains("[AMM014]"));
    }

    @Test
    void exitsZeroWhenNothingNeedsAChange() {
        Run r = run("scan", "--arch", "x86", "--include", "arch/arm64/**", DEMO.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("0 need a change"), r.out());
    }

    @Test
    void jsonNamesTheRequestedSchemeAndArches() throws IOException {
        JsonNode doc = run("scan", "--format", "json", "--scheme", "upstream", "--arch", "x86+hyperv,powerpc",
                DEMO.toString()).json();
        assertEquals("upstream", doc.path("scheme").asText());
        assertEquals(List.of("x86", "powerpc"),
                List.of(doc.path("arches").get(0).asText(), doc.path("arches").get(1).asText()));
        assertTrue(doc.path("revision").isNull());
    }

    @Test
    void outputFileIsNotOverwrittenWithoutForce(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.sarif");
        assertEquals(ExitCodes.FINDINGS, run("scan", "--format", "sarif", "-o", report.toString(), DEMO.toString()).exit());
        String first = Files.readString(report);
        assertTrue(first.contains("\"version\" : \"2.1.0\""));

        Run again = run("scan", "--format", "json", "-o", report.toString(), DEMO.toString());
        assertEquals(ExitCodes.USAGE, again.exit());
        assertEquals("activemm: " + report + " exists; use --force to overwrite it\n", again.err());
        assertEquals(first, Files.readString(report), "the refused run left the file alone");

        assertEquals(ExitCodes.FINDINGS,
                run("scan", "--format", "json", "-o", report.toString(), "--force", DEMO.toString()).exit());
        assertTrue(Files.readString(report).startsWith("{"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(report), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void badInputGetsOneLineAndItsExitCode(@TempDir Path dir) {
        assertError(ExitCodes.INPUT, "activemm: no such tree: " + dir.resolve("nope"),
                run("scan", dir.resolve("nope").toString()));
        assertError(ExitCodes.INPUT, "activemm: " + DEMO + " is not a git repository (needed for --rev HEAD)",
                run("scan", "--rev", "HEAD", DEMO.toString()));
        assertError(ExitCodes.USAGE, "activemm: unknown scheme 'lazy' (known: seed, upstream)",
                run("scan", "--scheme", "lazy", DEMO.toString()));
        Run glob = run("scan", "--include", "[", DEMO.toString());
        assertEquals(ExitCodes.USAGE, glob.exit());
        assertTrue(glob.err().startsWith("activemm: bad glob '[' in --include/--exclude: "), glob.err());
        assertEquals(1, glob.err().lines().count(), glob.err());
        assertError(ExitCodes.USAGE, "activemm: Invalid value for option '--format': expected one of [text, json, sarif,"
                + " junit] (case-sensitive) but was 'xml' (see 'activemm scan --help')",
                run("scan", "--format", "xml", DEMO.toString()));
        Run arch = run("scan", "--arch", "vax", DEMO.toString());
        assertEquals(ExitCodes.USAGE, arch.exit());
        assertTrue(arch.err().startsWith("activemm: unknown arch 'vax' (known: x86, "), arch.err());
        assertEquals(1, arch.err().lines().count(), arch.err());
    }

    @Test
    void noCacheNeitherReadsNorWritesThePrefilterCache(@TempDir Path dir) throws Exception {
        // the build points ACTIVEMM_CACHE_DIR at target/test-cache, away from the user's cache
        String cacheDir = System.getenv("ACTIVEMM_CACHE_DIR");
        assumeTrue(cacheDir != null, "run by the build, which sets ACTIVEMM_CACHE_DIR");
        Path cache = Path.of(cacheDir).resolve("prefilter-verdicts.bin");
        Path repo = dir.resolve("linux");
        Files.createDirectories(repo.resolve("kernel"));
        // bytes no other test has, so a caching scan has something new to learn
        Files.writeString(repo.resolve("kernel/unique.c"), "int unique_" + System.nanoTime() + ";\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call()) {
            commitAll(git, "one file");
        }
        byte[] before = Files.exists(cache) ? Files.readAllBytes(cache) : null;

        Run uncached = run("scan", "--format", "json", "--no-cache", "--rev", "HEAD", repo.toString());
        assertEquals(ExitCodes.OK, uncached.exit(), uncached.err());
        assertTrue(before == null ? !Files.exists(cache) : java.util.Arrays.equals(before, Files.readAllBytes(cache)));

        Run cached = run("scan", "--format", "json", "--rev", "HEAD", repo.toString());
        assertEquals(uncached.out(), cached.out());
        assertTrue(Files.exists(cache) && (before == null || !java.util.Arrays.equals(before, Files.readAllBytes(cache))),
                "the caching scan learned the new blob");

        String help = run("scan", "--help").out();
        assertTrue(help.contains("--no-cache") && help.contains("ACTIVEMM_CACHE_DIR"), help);
    }

    @Test
    void scansDifferAcrossRevisionsOfARepository(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("linux");
        copyTree(DEMO, repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call()) {
            commitAll(git, "base");
            Path sched = repo.resolve("include/linux/sched.h");
            Files.writeString(sched, Files.readString(sched).replace("\tstruct mm_struct                *active_mm;\n",
                    "#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM\n\tstruct mm_struct                *active_mm;\n#endif\n"));
            commitAll(git, "guard the member");
            git.rm().addFilepattern("arch/x86/platform/efi/efi_64.c").call();
            commitAll(git, "drop the old EFI switch");
            git.tag().setName("v-test").call();
        }

        JsonNode base = run("scan", "--format", "json", "--arch", "x86", "--rev", "HEAD~2", repo.toString()).json();
        JsonNode guarded = run("scan", "--format", "json", "--arch", "x86", "--rev", "HEAD~1", repo.toString()).json();
        JsonNode head = run("scan", "--format", "json", "--arch", "x86", "--rev", "v-test", repo.toString()).json();

        assertEquals(40, base.path("revision").asText().length());
        assertEquals("needs-change", decl(base).path("status").asText());
        assertEquals("converted", decl(guarded).path("status").asText());
        assertEquals("!CONFIG_ARCH_NO_TASK_ACTIVE_MM", decl(guarded).path("guard").asText());
        assertEquals(38, decl(guarded).path("line").asInt(), "the member moved down one line");
        assertEquals(2, efiSites(guarded));
        assertEquals(0, efiSites(head));
        assertEquals(base.path("findings").size() - 2, head.path("findings").size());

        Run unknown = run("scan", "--rev", "no-such-branch", repo.toString());
        assertError(ExitCodes.INPUT, "activemm: revision 'no-such-branch' not found in " + repo, unknown);
    }

    @Test
    void aKernelKeptInADirectoryOfTheRepositoryIsScannedWithRevColonDir(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("snapshot");
        copyTree(DEMO, repo.resolve("linux-4.19"));
        Files.writeString(repo.resolve("README"), "a kernel snapshot\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call()) {
            commitAll(git, "snapshot");
        }
        Run direct = run("scan", "--format", "json", DEMO.toString());
        Run inDir = run("scan", "--format", "json", "--rev", "HEAD:linux-4.19/", repo.toString());
        assertEquals(ExitCodes.FINDINGS, inDir.exit(), inDir.err());
        assertEquals("", inDir.err());
        assertEquals(direct.json().path("findings"), inDir.json().path("findings"), "same paths, scopes and statuses");
        assertEquals(40, inDir.json().path("revision").asText().length());
        assertEquals(repo.resolve("linux-4.19").toString(), inDir.json().path("tree").asText(), "the report says where");

        // the whole repository: every path is under linux-4.19/, so nothing is an arch's; a note says so
        Run whole = run("scan", "--format", "json", "--rev", "HEAD", repo.toString());
        assertTrue(whole.err().startsWith("activemm: note: " + repo + " at HEAD has no arch/ and kernel/ at its root,"),
                whole.err());
        assertEquals(1, whole.err().lines().count(), whole.err());
        for (JsonNode f : whole.json().path("findings")) {
            assertEquals("core", f.path("scope").asText(), f.toString());
        }

        assertEquals(whole.json().path("findings"),
                run("scan", "--format", "json", "--rev", "HEAD:.", repo.toString()).json().path("findings"), "the root");
        assertError(ExitCodes.USAGE, "activemm: --rev :linux-4.19: name a revision before the ':' (e.g. HEAD:linux-4.19)",
                run("scan", "--rev", ":linux-4.19", repo.toString()));
        assertError(ExitCodes.INPUT, "activemm: 'README' is not a directory at HEAD in " + repo,
                run("scan", "--rev", "HEAD:README", repo.toString()));
        assertError(ExitCodes.INPUT, "activemm: 'linux-5.4' is not a directory at HEAD in " + repo,
                run("scan", "--rev", "HEAD:linux-5.4", repo.toString()));
    }

    private static JsonNode decl(JsonNode doc) {
        for (JsonNode f : doc.path("findings")) {
            if (f.path("role").asText().equals("decl")) {
                return f;
            }
        }
        throw new AssertionError("no decl finding in " + doc);
    }

    private static long efiSites(JsonNode doc) {
        long n = 0;
        for (JsonNode f : doc.path("findings")) {
            if (f.path("path").asText().equals("arch/x86/platform/efi/efi_64.c")) {
                n++;
            }
        }
        return n;
    }

    private static void assertError(int exit, String line, Run r) {
        assertEquals(exit, r.exit(), r.err());
        assertEquals(line + "\n", r.err());
        assertEquals("", r.out());
    }

    static void commitAll(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.org")
                .setCommitter("Test", "test@example.org").setSign(false).call();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
