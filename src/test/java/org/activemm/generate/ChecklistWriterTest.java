package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.activemm.UsageException;
import org.activemm.model.Strategy;
import org.activemm.report.SequenceChart;
import org.activemm.sites.Finding;
import org.activemm.sites.Scheme;
import org.activemm.sites.SiteFingerprints;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChecklistWriterTest {
    private static final ArchPlan MIXED = new ArchPlan("x86", Strategy.IPI_CPUMASK, List.of(
            new StrategyVerdict(Strategy.PIGGYBACK, false, "no-uaf", "cpu1 lazy on M; flush <hypercall>; M freed", "0 IPIs"),
            new StrategyVerdict(Strategy.IPI_CPUMASK, true, "", "", "N-1 IPIs per exit")),
            List.of("x86+hyperv"), "arch/x86/Kconfig", "arch/x86/mm/tlb.c", Fixture.LOADED_MM);

    private static String markdown(ArchPlan plan) {
        return new ChecklistWriter(new Templates()).render(Fixture.scan(), plan, ChecklistWriter.Format.MARKDOWN);
    }

    @Test
    void listsEverySiteThatNeedsAChangeForTheArchWithWhatToDo() {
        String md = markdown(MIXED);
        List<String> rows = md.lines().filter(l -> l.startsWith("| [ ] |")).toList();
        // 18 needs-change sites in core and arch/x86; powerpc's and the info ones stay out
        assertEquals(18, rows.size());
        assertEquals("| [ ] | `arch/x86/kernel/cpu/common.c:8` | `cpu_init` | AMM005 | drop the init_mm reference and the active_mm assignment |",
                rows.get(0));
        assertTrue(md.contains("| [ ] | `kernel/sched/core.c:20` | `context_switch` | AMM003 | no reference, no handoff;"));
        assertFalse(md.contains("powerpc"));
        assertFalse(md.contains(":27`"), "enter_lazy_tlb() with status info is not listed");
    }

    @Test
    void showsTheVerdictsWithCounterexamplesVariantsSelectAndBuilds() {
        String md = markdown(MIXED);
        assertTrue(md.contains("Chosen: **ipi-cpumask**, safe (N-1 IPIs per exit)."));
        assertTrue(md.contains("| piggyback | unsafe: `no-uaf` | cpu1 lazy on M; flush <hypercall>; M freed | 0 IPIs |"));
        assertTrue(md.contains("- [ ] x86+hyperv\n"));
        assertTrue(md.contains("- [ ] `select ARCH_NO_TASK_ACTIVE_MM` in the main config entry of `arch/x86/Kconfig`"));
        assertTrue(md.contains("- [ ] `make ARCH=x86 arch/x86/kernel/cpu/common.o arch/x86/mm/tlb.o init/init_task.o"
                + " kernel/exit.o kernel/fork.o kernel/sched/core.o`"));
        assertTrue(md.contains("With the option on (the whole series) and off"));
    }

    @Test
    void htmlEscapesWhatItPrints() {
        String html = new ChecklistWriter(new Templates()).render(Fixture.scan(), MIXED, ChecklistWriter.Format.HTML);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<td>cpu1 lazy on M; flush &lt;hypercall&gt;; M freed</td>"));
        assertFalse(html.contains("<hypercall>"));
    }

    @Test
    void htmlCarriesTheCostChartTheSourceLinksAndTheFingerprintKeys() throws Exception {
        ArchPlan plan = ArchPlans.forArch("x86", null, Scheme.SEED, MapTree.fixture());
        String html = new ChecklistWriter(new Templates(), new SourceLinks("https://example.org/{rev}/{path}#L{line}"),
                ZonedDateTime.of(2026, 12, 7, 9, 5, 0, 0, ZoneOffset.ofHours(1)), SequenceChart::svg)
                .render(Fixture.scan(), plan, ChecklistWriter.Format.HTML);
        assertTrue(html.contains("<dd>2026-12-07 08:05 UTC</dd>"), "the date, in UTC");
        // each unsafe strategy's counterexample as an inline sequence chart, without the XML declaration
        long unsafe = plan.verdicts().stream().filter(v -> !v.safe()).count();
        assertTrue(unsafe > 0);
        assertEquals(unsafe, html.split("<figure class=\"sequence\">\n<svg ", -1).length - 1);
        assertFalse(html.contains("<?xml"));
        assertTrue(html.contains("<a href=\"https://example.org/HEAD/kernel/sched/core.c#L20\" class=\"path\">"
                + "kernel/sched/core.c:20</a>"));
        // the key is SARIF's line-independent fingerprint of the same finding
        Map<Finding, String> prints =
                SiteFingerprints.of(Fixture.scan().findings());
        String coreRead = prints.entrySet().stream().filter(e -> e.getKey().path().equals(Fixture.CORE)
                && e.getKey().line() == 20).findFirst().orElseThrow().getValue();
        assertTrue(html.contains("data-key=\"site/" + coreRead + "\""));

        int costChart = html.indexOf("<figure>\n<svg") + "<figure>\n".length();
        String svg = html.substring(costChart, html.indexOf("</svg>", costChart) + "</svg>".length());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        List<String> ipiLines = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").startsWith("strategy") && ipiLines.size() < 5) {
                ipiLines.add(g.getAttribute("data-strategy") + (g.getAttribute("class").contains("chosen") ? "*" : ""));
            }
        }
        // the seed scheme's five strategies in the IPI panel, the chosen one last (on top)
        assertEquals(List.of("refcount", "piggyback", "ipi-cpumask", "ipi-all", "ipi-scan*"), ipiLines);
        assertTrue(svg.contains(">ipi-scan: safe (chosen): 1023 IPIs per exit at 1024 CPUs, 0 atomics per lazy"
                + " switch</text>"), svg);
        assertTrue(svg.contains(">ipi-cpumask: unsafe: 0 IPIs"), svg);
        assertTrue(svg.contains(">refcount: safe: 0 IPIs per exit at 1024 CPUs, 2 atomics per lazy switch</text>"));
        assertTrue(svg.contains(">piggyback: unsafe: 0 IPIs"));
    }

    @Test
    void sourceLinksFillTheTemplateAndRefuseAddressesThatRunScript() {
        SourceLinks links = new SourceLinks("https://example.org/tree/{path}?h={rev}#n{line}");
        assertEquals("https://example.org/tree/arch/x86/mm/tlb%20x.c?h=v4.19%2Bfix#n7",
                links.url("v4.19+fix", "arch/x86/mm/tlb x.c", 7));
        assertEquals("", SourceLinks.NONE.url("HEAD", "kernel/fork.c", 1));
        assertThrows(UsageException.class,
                () -> new SourceLinks("javascript:alert(1)//{path}"));
        assertThrows(UsageException.class,
                () -> new SourceLinks("https://example.org/tree/"));
    }

    @Test
    void theSeriesChecklistChecksWhatTheSeriesDoesAndLeavesOnlyTheHandWorkOpen() {
        Series s = Generated.series(MapTree.fixture(), Fixture.scan(), List.of(MIXED), Fixture.options());
        SeriesFile checklist = s.files().get(s.files().size() - 1);
        assertEquals("checklist-x86.md", checklist.name());
        String md = new String(checklist.content(), StandardCharsets.UTF_8);
        // read off the fixture: every site has a recipe, so the series takes care of all of them
        List<String> done = md.lines().filter(l -> l.startsWith("| [x] |"))
                .map(l -> l.split(" \\| ")[1].replace("`", "")).toList();
        assertEquals(List.of("arch/x86/kernel/cpu/common.c:8", "arch/x86/kernel/cpu/common.c:10",
                "arch/x86/kernel/cpu/common.c:22", "arch/x86/kernel/cpu/common.c:24", "include/linux/sched.h:12",
                "init/init_task.c:7", "kernel/exit.c:10", "kernel/exit.c:12", "kernel/fork.c:15", "kernel/sched/core.c:10",
                "kernel/sched/core.c:20", "kernel/sched/core.c:23", "kernel/sched/core.c:25", "kernel/sched/core.c:33",
                "kernel/sched/core.c:41", "kernel/sched/core.c:46", "kernel/sched/core.c:49", "kernel/sched/core.c:55"), done);
        List<String> open = md.lines().filter(l -> l.startsWith("| [ ] |"))
                .map(l -> l.split(" \\| ")[1].replace("`", "")).toList();
        assertEquals(s.handWork().stream().map(h -> h.path() + ":" + h.line()).toList(), open);
        assertEquals(0, open.size());
        assertTrue(md.contains("| [x] | `kernel/exit.c:10` | `exit_mm` | AMM004 | done in patch 4: mm: use mmgrab_lazy_tlb()"
                + " and mmdrop_lazy_tlb() |"));
        assertTrue(md.contains("| [x] | `kernel/sched/core.c:41` | `idle_task_exit` | AMM005 | done in patch 5: mm: use the"
                + " loaded-mm helpers"), md);
        assertTrue(md.contains("The series takes care of 18 of these sites"), md);
        assertTrue(md.contains("- [x] `arch_shoot_down_dead_mm()` in `arch/x86/mm/tlb.c` implements ipi-cpumask: done in"
                + " patch 7: x86/mm: implement arch_shoot_down_dead_mm()\n"), md);
        assertTrue(md.contains("of `arch/x86/Kconfig`, last patch of the series for x86: done in patch 9: x86: select"
                + " ARCH_NO_TASK_ACTIVE_MM\n"), md);
        // activemm checklist on the plain scan is unchanged: all 18 open, no patch named
        String plain = markdown(MIXED);
        assertEquals(18, plain.lines().filter(l -> l.startsWith("| [ ] |")).count());
        assertFalse(plain.contains("[x]") || plain.contains("done in patch") || plain.contains("takes care of"));
    }

    @Test
    void hookAndSelectTheGeneratorCouldNotPlaceStayOpenInTheSeriesChecklist() {
        // no arch/x86/mm/tlb.c: no implementation, so no select either; both are hand work for x86
        Map<String, byte[]> files = new java.util.TreeMap<>();
        MapTree fixture = MapTree.fixture();
        for (String path : List.of("MAINTAINERS", "arch/Kconfig", "arch/x86/Kconfig", "arch/x86/kernel/cpu/common.c",
                "include/linux/sched.h", "include/linux/sched/mm.h", "init/init_task.c", "kernel/fork.c",
                "kernel/exit.c", "kernel/sched/core.c")) {
            files.put(path, fixture.read(path).orElseThrow());
        }
        GenerateOptions o = Fixture.options();
        Series s = Generated.series(new MapTree(files), Fixture.scan(), List.of(MIXED), o);
        String md = new String(s.files().get(s.files().size() - 1).content(), StandardCharsets.UTF_8);
        assertTrue(md.contains("| [ ] | `arch/x86/Kconfig` |  | - | select ARCH_NO_TASK_ACTIVE_MM once"
                + " arch_shoot_down_dead_mm() is implemented |"), md);
        assertTrue(md.contains("| [ ] | `arch/x86/mm/tlb.c` | `arch_shoot_down_dead_mm` | - | implement"), md);
        assertTrue(md.contains("- [ ] `arch_shoot_down_dead_mm()` in `arch/x86/mm/tlb.c` implements ipi-cpumask\n"), md);
        assertTrue(md.contains("last patch of the series for x86\n"), md);
    }
}
