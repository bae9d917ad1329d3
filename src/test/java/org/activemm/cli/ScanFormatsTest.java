package org.activemm.cli;

import static org.activemm.cli.ExpectedRows.path;
import static org.activemm.cli.ExpectedRows.status;
import static org.activemm.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.activemm.cli.ScanCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The formats CI systems read: JUnit XML from {@code scan}, JSON from {@code rules}. */
class ScanFormatsTest {
    private static final Path DEMO = Path.of("kernel-fixtures/linux-4.19-shape");

    @Test
    void junitHasOneFailingTestCasePerSiteToChangeGroupedByFile() throws Exception {
        ExpectedRows expected = ExpectedRows.of(DEMO);
        Run r = run("scan", "--arch", "x86", "--format", "junit", DEMO.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(r.out())));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(expected.count(status("needs-change")), cases.getLength());
        assertEquals(expected.count(status("needs-change")), xml.getElementsByTagName("failure").getLength());
        NodeList suites = xml.getElementsByTagName("testsuite");
        Element efi = null;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals("arch/x86/platform/efi/efi_64.c")) {
                efi = suite;
            }
        }
        assertTrue(efi != null, r.out());
        assertEquals(Long.toString(expected.count(path("arch/x86/platform/efi/efi_64.c").and(status("needs-change")))),
                efi.getAttribute("tests"));
        Element first = (Element) efi.getElementsByTagName("testcase").item(0);
        assertEquals("AMM007 efi_switch_mm line 25:33", first.getAttribute("name"));
        assertTrue(first.getElementsByTagName("failure").item(0).getTextContent()
                .startsWith("arch/x86/platform/efi/efi_64.c:25:33: reads task->active_mm"));
    }

    @Test
    void rulesListInJson() throws Exception {
        Run r = run("rules", "--format", "json");
        assertEquals(ExitCodes.OK, r.exit());
        JsonNode rules = r.json();
        assertEquals(14, rules.size());
        assertEquals("AMM003", rules.get(2).path("id").asText());
        assertEquals("LazyHandoffRule", rules.get(2).path("class").asText());
        assertEquals("lazy handoff in the scheduler", rules.get(2).path("summary").asText());

        Run listed = run("scan", "--list-rules", "--format", "json");
        assertEquals(ExitCodes.OK, listed.exit(), listed.err());
        assertEquals(rules, listed.json(), "scan --list-rules is the rules command's list");
        assertTrue(run("scan", "--list-rules").out().startsWith("AMM001  member declaration in struct task_struct\n"));
    }
}
