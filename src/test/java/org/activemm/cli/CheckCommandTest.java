package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.activemm.series.FixtureRepos;
import org.activemm.series.PatchMail;
import org.activemm.series.checks.CheckFinding;
import org.activemm.series.checks.CheckRequest;
import org.activemm.series.checks.CheckResult;
import org.activemm.series.checks.Checks;
import org.activemm.series.checks.Validator;
import org.activemm.sites.Finding;
import org.activemm.sites.PrefilterCache;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.sites.Scheme;
import org.activemm.sites.Status;
import org.activemm.testing.GitCommandLine;
import org.activemm.tree.DirectoryTree;
import org.activemm.tree.GlobPathFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class CheckCommandTest {
    private static final Path SERIES_65 = Path.of("kernel-fixtures/series/linux-6.5-shape");
    private static final String SIGNOFF = "Ada Lazytlb <ada.lazytlb@example.org>";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path repo(String shape) throws Exception {
        return FixtureRepos.commit(FixtureRepos.shape(shape), Files.createDirectories(dir.resolve("repo-" + shape)));
    }

    /** The good 6.5 series with patch 2 unsigned (AMC003) and whitespace errors in patch 4 (AMC005). */
    private Path flawedSeries() throws Exception {
        Path out = Files.createDirectories(dir.resolve("flawed"));
        try (Stream<Path> files = Files.list(SERIES_65.resolve("good"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".patch")).toList()) {
                Files.copy(f, out.resolve(f.getFileName()));
            }
        }
        for (String mutant : List.of("amc003-no-signoff", "amc005-whitespace")) {
            try (Stream<Path> files = Files.list(SERIES_65.resolve("mutants").resolve(mutant))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".patch")).toList()) {
                    Files.copy(f, out.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return out;
    }

    private static CheckResult check(Path repo, List<Path> inputs, String range, String base) throws Exception {
        return Validator.validate(new CheckRequest(repo, inputs, range, base, null, List.of(), null,
                PrefilterCache.disabled()), Checks.all());
    }

    /** Findings keyed by what does not depend on how the mail was laid out: subject, check, kernel file and message. */
    private static List<String> byPatch(CheckResult result) {
        List<String> keys = new ArrayList<>();
        for (CheckFinding f : result.findings()) {
            PatchMail mail = result.series().entries().get(f.entry());
            if (!mail.isCoverLetter()) {
                keys.add(mail.summary() + " | " + f.id() + " | " + f.at().path() + ":" + f.at().line() + " | "
                        + f.message());
            }
        }
        return keys;
    }

    private static List<Path> patches(Path series) throws Exception {
        try (Stream<Path> files = Files.list(series)) {
            return files.filter(p -> p.toString().endsWith(".patch") && !p.getFileName().toString().startsWith("0000"))
                    .sorted().toList();
        }
    }

    @Test
    void aRangeOfCommitsAndTheDirectoryFormatPatchMakesOfItGiveTheSameFindings() throws Exception {
        Path repo = repo("linux-6.5-shape");
        List<String> am = new ArrayList<>(List.of("am", "-q", "--whitespace=nowarn"));
        patches(flawedSeries()).forEach(p -> am.add(p.toAbsolutePath().toString()));
        GitCommandLine.check(GitCommandLine.run(repo, am.toArray(String[]::new)));
        Path mailed = dir.resolve("mailed");
        GitCommandLine.check(GitCommandLine.run(repo, "format-patch", "-q", "--cover-letter", "-o", mailed.toString(),
                "HEAD~6..HEAD"));

        CheckResult fromRange = check(repo, List.of(), "HEAD~6..HEAD", null);
        CheckResult fromFiles = check(repo, List.of(mailed), null, "HEAD~6");
        assertEquals(fromRange.base(), fromFiles.base());
        List<String> found = byPatch(fromRange);
        assertTrue(found.stream().anyMatch(k -> k.contains("| AMC003 |")), String.join("\n", found));
        assertTrue(found.stream().anyMatch(k -> k.contains("| AMC005 | arch/x86/mm/tlb.c:")), String.join("\n", found));
        assertEquals(found, byPatch(fromFiles));
    }

    @Test
    void aReorderedMboxReadsAsTheOrderedDirectory() throws Exception {
        Path repo = repo("linux-6.5-shape");
        Path series = flawedSeries();
        List<Path> files = new ArrayList<>(patches(series));
        files.add(series.resolve("0000-cover-letter.patch"));
        StringBuilder mbox = new StringBuilder();
        for (int i : new int[] {3, 6, 0, 5, 1, 4, 2}) {
            mbox.append(Files.readString(files.get(i))).append('\n');
        }
        Path file = Files.writeString(dir.resolve("series.mbox"), mbox);
        CheckResult ordered = check(repo, List.of(series), null, null);
        CheckResult shuffled = check(repo, List.of(file), null, null);
        assertEquals(ordered.series().entries().stream().map(PatchMail::subject).toList(),
                shuffled.series().entries().stream().map(PatchMail::subject).toList());
        assertFalse(ordered.findings().isEmpty());
        assertEquals(ordered.findings().stream().map(f -> f.entry() + " " + f.id() + " " + f.at().path() + ":"
                + f.at().line() + " " + f.message()).toList(),
                shuffled.findings().stream().map(f -> f.entry() + " " + f.id() + " " + f.at().path() + ":"
                        + f.at().line() + " " + f.message()).toList());
    }

    @Test
    void theSeriesGenerateWritesChecksCleanAndLeavesWhatAScanAfterGitAmFinds() throws Exception {
        for (String shape : List.of("linux-4.19-shape", "linux-6.5-shape")) {
            Path repo = repo(shape);
            Path out = dir.resolve("generated-" + shape);
            Run generated = run("generate", "--arch", "x86", "--rev", "HEAD", "--signoff", SIGNOFF, "--out",
                    out.toString(), repo.toString());
            assertTrue(generated.exit() <= 1, generated.err());
            CheckResult result = check(repo, List.of(out), null, null);
            assertTrue(result.steps().stream().allMatch(s -> s.applied()), shape);
            assertEquals(List.of(), result.findings().stream().filter(f -> Set.of("AMC001", "AMC002", "AMC006")
                    .contains(f.id())).toList(), shape);
            assertEquals(List.of("x86"), result.arches(), "the series selects the option for x86 only");

            List<String> am = new ArrayList<>(List.of("am", "-q"));
            patches(out).forEach(p -> am.add(p.toAbsolutePath().toString()));
            GitCommandLine.check(GitCommandLine.run(repo, am.toArray(String[]::new)));
            List<Finding> afterAm;
            try (DirectoryTree tree = new DirectoryTree(repo)) {
                afterAm = new Scanner(new ScanOptions(Scheme.SEED, List.of("x86"), false))
                        .scan(tree, GlobPathFilter.sources()).findings().stream()
                        .filter(f -> f.status() == Status.NEEDS_CHANGE).toList();
            }
            assertEquals(afterAm.isEmpty() ? 0 : 1, generated.exit(), shape + ": generate exits 1 only when it leaves"
                    + " hand work, which the scan after git am finds");
            assertEquals(afterAm, result.remaining(), shape + ": in-memory steps and git am give the same tree");
        }
    }

    @Test
    void badInputIsOneLineAndExitThree() throws Exception {
        Path repo = repo("linux-6.5-shape");
        Path good = SERIES_65.resolve("good");
        Path empty = Files.writeString(dir.resolve("empty.mbox"), "");
        for (String[] args : List.of(
                new String[] {"check", dir.resolve("no-such-tree").toString(), good.toString()},
                new String[] {"check", repo.toString(), empty.toString()},
                new String[] {"check", "--base", "no-such-rev", repo.toString(), good.toString()})) {
            Run r = run(args);
            assertEquals(3, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("activemm: "), r.err());
        }
        assertEquals(2, run("check", repo.toString()).exit(), "no series is a usage error");
    }

    @Test
    void jsonHasTheContractShapeAndTheExitSaysNotReady() throws Exception {
        Path repo = repo("linux-6.5-shape");
        Run r = run("check", "--format", "json", "--no-cache", repo.toString(), flawedSeries().toString());
        assertEquals(1, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("tree", "base", "scheme", "arches", "verdict", "patches", "remaining", "counts"),
                names(doc));
        assertEquals("not-ready", doc.path("verdict").asText());
        assertEquals("seed", doc.path("scheme").asText());
        assertEquals(40, doc.path("base").asText().length());
        JsonNode second = doc.path("patches").get(2);
        assertEquals(List.of("index", "name", "subject", "applied", "findings"), names(second));
        assertEquals(2, second.path("index").asInt());
        assertTrue(second.path("applied").asBoolean());
        JsonNode finding = second.path("findings").get(0);
        assertEquals("AMC003", finding.path("id").asText());
        assertEquals("error", finding.path("level").asText());
        assertTrue(names(finding).containsAll(List.of("id", "level", "message", "path", "line")));
        JsonNode remaining = doc.path("remaining").get(0);
        assertEquals("needs-change", remaining.path("status").asText(), "scan findings in the scan JSON's shape");
    }

    @Test
    void sarifNamesTheFileOfAPatchThatFailsOnTheWholeFile() throws Exception {
        Path series = Files.createDirectories(dir.resolve("missing-file"));
        try (Stream<Path> files = Files.list(SERIES_65.resolve("good"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".patch")).toList()) {
                Files.copy(f, series.resolve(f.getFileName()));
            }
        }
        // patch 5 now changes a file the tree does not have: AMC006 on the file itself, no hunk line
        Path patch = series.resolve("0005-x86-skip-active_mm-at-CPU-bring-up-under-ARCH_NO_TAS.patch");
        Files.writeString(patch, Files.readString(patch).replace("arch/x86/kernel/cpu/common.c", "arch/x86/kernel/cpu/gone.c"));
        Run sarif = run("check", "--format", "sarif", "--no-cache", repo("linux-6.5-shape").toString(), series.toString());
        JsonNode amc006 = null;
        for (JsonNode r : new ObjectMapper().readTree(sarif.out()).path("runs").get(0).path("results")) {
            if (r.path("ruleId").asText().equals("AMC006")) {
                amc006 = r;
            }
        }
        assertTrue(amc006 != null, sarif.out());
        JsonNode file = amc006.path("relatedLocations").path(0).path("physicalLocation");
        assertEquals("arch/x86/kernel/cpu/gone.c", file.path("artifactLocation").path("uri").asText(), amc006.toString());
        assertTrue(file.path("region").isMissingNode(), "no line to point at: " + file);
    }

    @Test
    void sarifValidatesAndJunitHasACasePerPatchAndCheck() throws Exception {
        Path repo = repo("linux-6.5-shape");
        Path series = flawedSeries();
        Run sarif = run("check", "--format", "sarif", "--no-cache", repo.toString(), series.toString());
        JsonSchema schema;
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree(sarif.out());
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), () -> "SARIF does not validate: " + errors);
        JsonNode results = doc.path("runs").get(0).path("results");
        assertTrue(results.size() > 0);

        Path xml = dir.resolve("junit.xml");
        Run junit = run("check", "--format", "junit", "--no-cache", "-o", xml.toString(), repo.toString(),
                series.toString());
        assertEquals(1, junit.exit(), junit.err());
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertEquals(7 * Checks.all().size(), parsed.getElementsByTagName("testcase").getLength());
        // AMC003 on patch 2, and AMC009 on patch 6, which selects the option while the hand work is left
        NodeList failures = parsed.getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        assertEquals("AMC003", failures.item(0).getAttributes().getNamedItem("type").getNodeValue());
        assertEquals("AMC009", failures.item(1).getAttributes().getNamedItem("type").getNodeValue());
        Run again = run("check", "--format", "junit", "--no-cache", "-o", xml.toString(), repo.toString(), series.toString());
        assertEquals(2, again.exit(), "an existing -o file is not replaced without --force");
    }

    @Test
    void execRunsAfterEachStepInAScratchTreeThatIsRemovedAfterwards() throws Exception {
        Path repo = repo("linux-6.5-shape");
        Path log = dir.resolve("exec.log");
        String cmd = "pwd >> '" + log + "'; test -f arch/x86/mm/tlb.c || exit 9;"
                + " if grep -q 'select ARCH_NO_TASK_ACTIVE_MM' arch/x86/Kconfig; then echo one; echo two; exit 3; fi";
        Run r = run("check", "--exec", cmd, "--format", "json", "--no-cache", repo.toString(), SERIES_65.resolve("good").toString());
        assertEquals(1, r.exit(), r.err());
        List<String> dirs = Files.readAllLines(log);
        assertEquals(6, dirs.size(), "once after each of the six patches");
        assertEquals(1, dirs.stream().distinct().count(), "one scratch tree for the whole series");
        assertFalse(Files.exists(Path.of(dirs.get(0))), "the scratch tree is removed at the end");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        List<JsonNode> last = new ArrayList<>();
        doc.path("patches").get(6).path("findings").forEach(f -> {
            if (f.path("id").asText().equals("AMC015")) {
                last.add(f);
            }
        });
        assertEquals(1, last.size(), "beside AMC009's sites left for hand work");
        assertTrue(last.get(0).path("message").asText().endsWith("exited with 3 after this patch; last lines:\none\ntwo"),
                last.get(0).path("message").asText());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
