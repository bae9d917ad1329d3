package org.activemm.cli;

import static org.activemm.cli.ExpectedRows.path;
import static org.activemm.cli.ExpectedRows.rule;
import static org.activemm.cli.ExpectedRows.status;
import static org.activemm.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.activemm.cli.ScanCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code scan} shows the findings that fit the job: the text view leads with
 * the changes, filters by status and rule, suppressions and a baseline, and a
 * file or directory inside a kernel tree. Counts come from the fixture's
 * hand-written markers (docs/fixtures.md; its seed scan: --scheme seed --arch x86).
 */
class ScanSelectionTest {
    private static final Path DEMO = Path.of("kernel-fixtures/linux-4.19-shape");
    private static final String EFI = "arch/x86/platform/efi/efi_64.c";

    @Test
    void textLeadsWithTheChangesAndCountsInfoInOneLine() throws IOException {
        ExpectedRows expected = ExpectedRows.of(DEMO);
        List<String> lines = run("scan", "--arch", "x86", DEMO.toString()).out().lines().toList();
        assertTrue(lines.get(0).contains(": warning: ") && lines.get(0).endsWith("]"), lines.get(0));
        assertFalse(lines.stream().anyMatch(l -> l.contains("{info}")), String.join("\n", lines));
        int lastWarning = lastIndexContaining(lines, "{needs-change}");
        int firstConverted = lines.indexOf(lines.stream().filter(l -> l.contains("{converted}")).findFirst().orElseThrow());
        assertTrue(lastWarning < firstConverted, "every change is listed before the converted sites");
        assertTrue(lines.contains(expected.count(status("info")) + " info sites not listed (arches that do not opt in,"
                + " dead branches, enter_lazy_tlb() calls): --all or --status info lists them"), String.join("\n", lines));

        String all = run("scan", "--arch", "x86", "--all", DEMO.toString()).out();
        assertEquals(expected.count(status("info")), all.lines().filter(l -> l.contains("{info}")).count());
        String onlyInfo = run("scan", "--arch", "x86", "--status", "info", DEMO.toString()).out();
        assertEquals(expected.count(status("info")), onlyInfo.lines().filter(l -> l.contains("{info}")).count());
        assertFalse(onlyInfo.contains("{needs-change}"), onlyInfo);
    }

    @Test
    void tableHasAKeyAndListsOnlyTheShownScopes() {
        String out = run("scan", "--arch", "x86", DEMO.toString()).out();
        assertTrue(out.contains("\nAMM007  EFI mm switch saving and restoring current->active_mm\n"), out);
        assertFalse(out.contains("\narch/arm64 "), "no row for an arch that does not opt in:\n" + out);
        assertTrue(run("scan", "--arch", "x86", "--all", DEMO.toString()).out().contains("\narch/arm64 "));
    }

    @Test
    void statusRuleAndIgnoreFilterEveryFormat() throws IOException {
        ExpectedRows expected = ExpectedRows.of(DEMO);
        JsonNode rules = run("scan", "--arch", "x86", "--format", "json", "--rule", "AMM003,amm008", DEMO.toString())
                .json();
        assertEquals(expected.count(rule("AMM003").or(rule("AMM008"))), rules.path("findings").size());
        assertEquals(Set.of("AMM003", "AMM008"), values(rules, "rule"));

        JsonNode ignored = run("scan", "--arch", "x86", "--format", "json", "--ignore", "AMM012", DEMO.toString()).json();
        assertEquals(expected.rows().size() - expected.count(rule("AMM012")), ignored.path("findings").size());

        JsonNode statuses = run("scan", "--arch", "x86", "--format", "sarif", "--status", "needs-change,converted",
                DEMO.toString()).json();
        assertEquals(expected.count(status("needs-change").or(status("converted"))),
                statuses.path("runs").get(0).path("results").size());

        Run nothingLeft = run("scan", "--arch", "x86", "--status", "info", DEMO.toString());
        assertEquals(ExitCodes.OK, nothingLeft.exit(), "the exit code follows the findings reported");
    }

    @Test
    void mistypedValuesGetADidYouMean() {
        Run rule = run("scan", "--rule", "AMN007", DEMO.toString());
        assertEquals(ExitCodes.USAGE, rule.exit());
        assertEquals("activemm: unknown rule 'AMN007'; did you mean 'AMM007'? (activemm rules lists them)\n",
                rule.err());
        Run arch = run("scan", "--arch", "x68", DEMO.toString());
        assertEquals(ExitCodes.USAGE, arch.exit());
        assertTrue(arch.err().startsWith("activemm: unknown arch 'x68'; did you mean 'x86'? (known: "), arch.err());
        Run status = run("scan", "--status", "needs_change", DEMO.toString());
        assertTrue(status.err().startsWith("activemm: unknown status 'needs_change'; did you mean 'needs-change'?"),
                status.err());
        Run option = run("scan", "--arhc", "x86", DEMO.toString());
        assertEquals(ExitCodes.USAGE, option.exit());
        assertEquals(1, option.err().lines().count(), option.err());
        assertTrue(option.err().contains("did you mean '--arch'?"), option.err());
        assertEquals("activemm: Unmatched arguments from index 0: 'sacn', 'kernel-fixtures/linux-4.19-shape'; did you"
                + " mean 'scan'? (see 'activemm --help')\n",
                run("sacn", DEMO.toString()).err());
    }

    @Test
    void suppressionsFileHidesFindingsWithTheirReasonAcrossLineShifts(@TempDir Path dir) throws IOException {
        Path tree = copy(dir);
        Files.writeString(tree.resolve(".activemm"), """
                # EFI keeps its own switch until the EFI series lands
                [[suppress]]
                path = "arch/x86/platform/efi/efi_64.c"
                function = "efi_switch_mm"
                rule = "AMM007"
                reason = "EFI series pending"
                """);
        Run text = run("scan", "--arch", "x86", tree.toString());
        assertFalse(text.out().contains("[AMM007]"), text.out());
        assertTrue(text.out().contains("\n2 suppressed by the suppressions file: --all lists them\n"), text.out());
        Run all = run("scan", "--arch", "x86", "--all", tree.toString());
        assertEquals(2, all.out().lines().filter(l -> l.startsWith(EFI + ":")
                && l.contains("{suppressed: EFI series pending} [AMM007]")).count(), all.out());

        shiftDown(tree.resolve(EFI), 5);
        JsonNode sarif = run("scan", "--arch", "x86", "--format", "sarif", tree.toString()).json();
        List<JsonNode> suppressed = new ArrayList<>();
        sarif.path("runs").get(0).path("results").forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r);
            }
        });
        assertEquals(2, suppressed.size(), "still suppressed after the lines moved");
        assertEquals(30, suppressed.get(0).path("locations").get(0).path("physicalLocation").path("region")
                .path("startLine").asInt());
        assertEquals("external", suppressed.get(0).path("suppressions").get(0).path("kind").asText());
        assertEquals("EFI series pending", suppressed.get(0).path("suppressions").get(0).path("justification").asText());

        JsonNode json = run("scan", "--arch", "x86", "--format", "json", tree.toString()).json();
        assertFalse(values(json, "path").contains(EFI), "JSON reports what is not suppressed");
    }

    @Test
    void configNamesAnotherFileAndABadOneIsAnInputError(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("amm.toml");
        Files.writeString(config, """
                [[suppress]]
                path = "kernel/**"
                rule = "AMM006"
                reason = "core bookkeeping goes in the core patch"
                """);
        Run r = run("scan", "--arch", "x86", "--format", "json", "--config", config.toString(), DEMO.toString());
        for (JsonNode f : r.json().path("findings")) {
            assertFalse(f.path("path").asText().startsWith("kernel/") && f.path("rule").asText().equals("AMM006"),
                    f.toString());
        }
        assertTrue(values(r.json(), "rule").contains("AMM006"), "fs/exec.c and mm/ keep theirs");

        Files.writeString(config, "[[suppress]]\npath = \"kernel/fork.c\"\nrule = \"AMM006\"\n");
        Run noReason = run("scan", "--config", config.toString(), DEMO.toString());
        assertEquals(ExitCodes.INPUT, noReason.exit());
        assertEquals("activemm: " + config + ": suppression 1 needs path, rule and reason\n", noReason.err());
        Files.writeString(config, "[[suppress]]\npaht = \"kernel/fork.c\"\n");
        Run typo = run("scan", "--config", config.toString(), DEMO.toString());
        assertEquals(ExitCodes.INPUT, typo.exit());
        assertEquals(1, typo.err().lines().count(), typo.err());
        assertTrue(typo.err().contains("paht"), typo.err());
    }

    @Test
    void baselineReportsOnlyWhatTheBranchAdds(@TempDir Path dir) throws IOException {
        Path tree = copy(dir);
        for (String format : List.of("json", "sarif")) {
            Path baseline = dir.resolve("baseline." + format);
            Files.writeString(baseline, run("scan", "--arch", "x86", "--format", format, tree.toString()).out());
            Run same = run("scan", "--arch", "x86", "--baseline", baseline.toString(), tree.toString());
            assertEquals(ExitCodes.OK, same.exit(), same.out());
            assertTrue(same.out().contains(": 0 sites (0 need a change"), same.out());
        }
        Path baseline = dir.resolve("baseline.json");
        shiftDown(tree.resolve("kernel/fork.c"), 3);
        Files.writeString(tree.resolve("kernel/fork.c"), Files.readString(tree.resolve("kernel/fork.c"))
                + "\nvoid show_lazy(struct task_struct *t)\n{\n\tpr_info(\"%p\\n\", t->active_mm);\n}\n");
        Run added = run("scan", "--arch", "x86", "--format", "json", "--baseline", baseline.toString(), tree.toString());
        assertEquals(ExitCodes.FINDINGS, added.exit(), added.err());
        JsonNode findings = added.json().path("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("show_lazy", findings.get(0).path("function").asText());

        Path notAReport = dir.resolve("x.json");
        Files.writeString(notAReport, "{\"hello\": 1}");
        Run bad = run("scan", "--baseline", notAReport.toString(), tree.toString());
        assertEquals(ExitCodes.INPUT, bad.exit());
        assertEquals("activemm: --baseline " + notAReport + " is neither an activemm JSON report nor SARIF\n",
                bad.err());
    }

    @Test
    void aFileOrDirectoryInsideAKernelTreeIsScannedWithTheKernelsScopes() throws IOException {
        ExpectedRows expected = ExpectedRows.of(DEMO);
        Run file = run("scan", "--arch", "x86", "--format", "json", DEMO.resolve("kernel/fork.c").toString());
        assertEquals("", file.err());
        JsonNode findings = file.json().path("findings");
        assertEquals(expected.count(path("kernel/fork.c")), findings.size());
        for (JsonNode f : findings) {
            assertEquals("kernel/fork.c", f.path("path").asText());
            assertEquals("core", f.path("scope").asText());
        }
        assertEquals(expected.count(path("kernel/fork.c").and(status("needs-change"))),
                file.json().path("counts").path("status").path("needs-change").asInt());

        JsonNode x86 = run("scan", "--arch", "x86", "--format", "json", DEMO.resolve("arch/x86").toString()).json();
        assertEquals(expected.count(r -> r.path().startsWith("arch/x86/")), x86.path("findings").size());
        assertEquals(Set.of("arch/x86"), values(x86, "scope"));

        Run outside = run("scan", Path.of("pom.xml").toString());
        assertEquals(ExitCodes.INPUT, outside.exit());
        assertEquals("activemm: pom.xml is a file outside any kernel tree (no directory above it has arch/ and"
                + " kernel/)\n", outside.err());
    }

    @Test
    void aSymbolicLinkToAFileOrDirectoryInsideAKernelTreeFindsThatKernel(@TempDir Path dir) throws IOException {
        Path tree = copy(dir);
        Path links = Files.createDirectory(dir.resolve("links"));
        Path fork = Files.createSymbolicLink(links.resolve("fork.c"), tree.resolve("kernel/fork.c"));
        Run file = run("scan", "--arch", "x86", "--format", "json", fork.toString());
        assertEquals("", file.err());
        assertEquals(ExpectedRows.of(DEMO).count(path("kernel/fork.c")), file.json().path("findings").size());
        assertEquals(Set.of("kernel/fork.c"), values(file.json(), "path"));

        Path x86 = Files.createSymbolicLink(links.resolve("x86"), tree.resolve("arch/x86"));
        Run directory = run("scan", "--arch", "x86", "--format", "json", x86.toString());
        assertEquals("", directory.err(), "the kernel's root is found, so no note that every site counts as core");
        assertEquals(Set.of("arch/x86"), values(directory.json(), "scope"));
    }

    private static Path copy(Path dir) throws IOException {
        Path tree = dir.resolve("linux");
        ScanCommandTest.copyTree(DEMO, tree);
        return tree;
    }

    private static void shiftDown(Path file, int lines) throws IOException {
        Files.writeString(file, "/* moved */\n".repeat(lines) + Files.readString(file));
    }

    private static Set<String> values(JsonNode doc, String field) {
        Set<String> values = new TreeSet<>();
        doc.path("findings").forEach(f -> values.add(f.path(field).asText()));
        return values;
    }

    private static int lastIndexContaining(List<String> lines, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
