package org.activemm.cli;

import static org.activemm.cli.ScanCommandTest.commitAll;
import static org.activemm.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.activemm.cli.ScanCommandTest.Run;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code activemm trend} on a repository with two tagged commits: v1 has a
 * lazy switch in context_switch(); v2 guards its mmgrab() and adds exit_mm().
 */
class TrendCommandTest {
    private static final String CORE_V1 = """
            // SPDX-License-Identifier: GPL-2.0
            #include <linux/sched/mm.h>

            static void context_switch(struct rq *rq, struct task_struct *prev,
            \t\t\t   struct task_struct *next)
            {
            \tstruct mm_struct *mm, *oldmm;

            \tmm = next->mm;
            \toldmm = prev->active_mm;
            \tif (!mm) {
            \t\tnext->active_mm = oldmm;
            \t\tmmgrab(oldmm);
            \t\tenter_lazy_tlb(oldmm, next);
            \t} else {
            \t\tswitch_mm_irqs_off(oldmm, mm, next);
            \t}
            }
            """;
    private static final String EXIT_V2 = """
            // SPDX-License-Identifier: GPL-2.0
            #include <linux/sched/mm.h>

            static void exit_mm(void)
            {
            \tstruct mm_struct *mm = current->mm;

            \tif (!mm)
            \t\treturn;
            \tmmgrab(mm);
            \tBUG_ON(mm != current->active_mm);
            \tcurrent->mm = NULL;
            \tmmput(mm);
            }
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void twoReleases() throws Exception {
        Files.createDirectories(repo.resolve("arch/x86"));
        Files.writeString(repo.resolve("arch/x86/Kconfig"), "config X86\n\tdef_bool y\n");
        Files.createDirectories(repo.resolve("kernel/sched"));
        Files.writeString(repo.resolve("kernel/sched/core.c"), CORE_V1);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call()) {
            commitAll(git, "v1");
            git.tag().setName("v1").call();
            Files.writeString(repo.resolve("kernel/sched/core.c"), CORE_V1.replace("\t\tmmgrab(oldmm);\n",
                    "#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM\n\t\tmmgrab(oldmm);\n#endif\n"));
            Files.writeString(repo.resolve("kernel/exit.c"), EXIT_V2);
            commitAll(git, "v2");
            git.tag().setName("v2").setAnnotated(true).setMessage("v2").call();
        }
    }

    private Run trend(String... args) {
        List<String> all = new ArrayList<>(List.of("trend", "--no-cache", "--arch", "x86", "-C", repo.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void tableHasARowPerRevisionAndRuleThenTheRevisionsTotal() {
        Run r = trend("v1", "v2");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        List<String> rows = r.out().lines().map(l -> l.replaceAll(" +", " ").replaceAll(" [0-9a-f]{12} ", " C ")).toList();
        assertEquals(List.of(
                "revision commit rule needs-change converted info",
                // v1: the read and the write of the lazy switch, its mmgrab(), and enter_lazy_tlb() listed as info
                "v1 C AMM003 2 0 0",
                "v1 C AMM004 1 0 0",
                "v1 C AMM012 0 0 1",
                "v1 C total 3 0 1",
                // v2: the guarded mmgrab() counts as converted; exit_mm() adds a grab and an assertion
                "v2 C AMM003 2 0 0",
                "v2 C AMM004 1 1 0",
                "v2 C AMM009 1 0 0",
                "v2 C AMM012 0 0 1",
                "v2 C total 4 1 1"), rows);
        assertEquals(r.out(), trend("v1..v2").out(), "v1..v2 is v1 and the tags after it");
    }

    @Test
    void jsonHasTheSettingsAndPerRevisionCountsByStatusAndRule() throws Exception {
        Run r = trend("--format", "json", "v1", "v2");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        JsonNode doc = r.json();
        assertEquals("seed", doc.get("scheme").asText());
        assertEquals("[\"x86\"]", doc.get("arches").toString());
        assertEquals("[\"AMM003\",\"AMM004\",\"AMM009\",\"AMM012\"]", doc.get("rules").toString());
        JsonNode v2 = doc.get("revisions").get(1);
        assertEquals("v2", v2.get("revision").asText());
        assertEquals(40, v2.get("commit").asText().length());
        assertEquals("{\"needs-change\":4,\"converted\":1,\"info\":1}", v2.get("status").toString());
        assertEquals("{\"needs-change\":1,\"converted\":1}", v2.get("rule").get("AMM004").toString());
        assertEquals(2, v2.get("files_scanned").asInt());
        assertEquals(0, v2.get("skipped").asInt());
        assertEquals(2, doc.get("revisions").size());
    }

    @Test
    void svgParsesAndHasOneBarGroupPerRevisionStackedByRule() throws Exception {
        Run r = trend("--format", "svg", "v1", "v2");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<String> bars = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("revision")) {
                StringBuilder bar = new StringBuilder(g.getAttribute("data-revision"));
                NodeList rects = g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
                for (int k = 0; k < rects.getLength(); k++) {
                    Element rect = (Element) rects.item(k);
                    bar.append(' ').append(rect.getAttribute("data-rule")).append('=')
                            .append(rect.getAttribute("data-count"));
                }
                bars.add(bar.toString());
            }
        }
        // only sites that need a change are stacked: enter_lazy_tlb() (info) and the guarded grab are not
        assertEquals(List.of("v1 AMM003=2 AMM004=1", "v2 AMM003=2 AMM004=1 AMM009=1"), bars);
    }

    @Test
    void badRevisionsAndOptionsGetOneLineErrors() {
        Run missing = trend("v1", "v9");
        assertEquals(ExitCodes.INPUT, missing.exit());
        assertEquals("activemm: revision 'v9' not found in " + repo + "\n", missing.err());
        Run backwards = trend("v2..v1");
        assertEquals(ExitCodes.USAGE, backwards.exit());
        assertEquals("activemm: v2..v1 is empty: v1 comes before v2 (a range runs oldest..newest)\n",
                backwards.err());
        Run rev = trend("--rev", "v1", "v2");
        assertEquals(ExitCodes.USAGE, rev.exit());
        assertTrue(rev.err().contains("Unknown option: '--rev'"), rev.err());
    }

    @Test
    void helpDoesNotOfferRev() {
        Run help = run("trend", "--help");
        assertEquals(ExitCodes.OK, help.exit());
        assertTrue(help.out().contains("--scheme"), help.out());
        assertFalse(help.out().contains("--rev"), "trend takes revisions as arguments: " + help.out());
    }
}
