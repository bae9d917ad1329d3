package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;
import org.activemm.sites.rules.Rules;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit XML that CI systems parse: well-formed whatever the text, one distinct test case per site. */
class JunitReportTest {

    private static Finding assignment(int column, String message) {
        return new Finding("kernel/sched/core.c", 5348, column, "context_switch", Role.WRITE, Purpose.LAZY_SWITCH,
                Scope.CORE, Rules.byId("AMM003"), "", Status.NEEDS_CHANGE, Level.WARNING, message, false);
    }

    private static Document junit(List<Finding> findings) throws Exception {
        ScanResult scan = new ScanResult("demo", null, Scheme.SEED, List.of("x86"), findings, List.of(), 1);
        StringWriter out = new StringWriter();
        JunitReport.write(Report.select(scan, ReportFixtures.EVERY_FINDING, List.of(), Set.of(), Snippets.NONE), out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(out.toString())));
    }

    @Test
    void twoSitesOnOneLineAreTwoTestCasesWithTheirOwnNames() throws Exception {
        NodeList cases = junit(List.of(assignment(9, "assigns"), assignment(27, "reads")))
                .getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        assertNotEquals(((Element) cases.item(0)).getAttribute("name"), ((Element) cases.item(1)).getAttribute("name"),
                "CI systems merge test cases of one suite that share a name");
    }

    @Test
    void controlCharactersInTheTextStillMakeWellFormedXml() throws Exception {
        // a form feed, as old kernel sources have, and a stray control character
        Document xml = junit(List.of(assignment(9, "assigns\f under X\u0001")));
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals("assigns\uFFFD under X\uFFFD", failure.getAttribute("message"));
    }
}
