package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TextAndJsonReportTest {

    /** The whole report, compared with report-fixtures.txt (written by hand from ReportFixtures). */
    @Test
    void textReportIsTheGoldenFileLineForLine() throws Exception {
        StringWriter out = new StringWriter();
        new TextReport(false, true, true, 0).write(ReportFixtures.report(), new PrintWriter(out));
        String expected;
        try (InputStream in = TextAndJsonReportTest.class.getResourceAsStream("report-fixtures.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, out.toString().replace(System.lineSeparator(), "\n"));
        assertFalse(out.toString().contains("\u001b["), "no colour unless asked");
    }

    @Test
    void onATerminalLinesAreCutToItsWidthAndTheTableHasAKey() {
        StringWriter out = new StringWriter();
        new TextReport(false, false, false, 40).write(ReportFixtures.report(), new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        assertEquals("arch/x86/platform/efi/efi_64.c:12:9: wa\u2026", lines.get(0), "the changes come first");
        lines.forEach(l -> assertTrue(l.length() <= 40, l));
        assertTrue(lines.contains("AMM007  EFI mm switch saving and restor\u2026"), out.toString());
        assertTrue(lines.contains("AMM001  member declaration in struct ta\u2026"), out.toString());
        assertFalse(out.toString().contains("arch/arm64"), "the info site is only counted");

        StringWriter whole = new StringWriter();
        new TextReport(false, false, false, 0).write(ReportFixtures.report(), new PrintWriter(whole));
        assertTrue(whole.toString().contains("\nAMM007  EFI mm switch saving and restoring current->active_mm\n"));
    }

    @Test
    void jsonHasTheFieldsOfSitesMd() throws Exception {
        StringWriter out = new StringWriter();
        JsonReport.write(ReportFixtures.report(), out);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("demo", doc.path("tree").asText());
        assertTrue(doc.path("revision").isNull());
        assertEquals("seed", doc.path("scheme").asText());
        assertEquals("x86", doc.path("arches").get(0).asText());
        JsonNode first = doc.path("findings").get(0);
        for (String field : new String[] {"path", "line", "column", "function", "role", "purpose", "scope", "rule",
                "guard", "status", "level", "message", "fingerprint"}) {
            assertTrue(first.has(field), field);
        }
        assertEquals("arch/arm64", first.path("scope").asText());
        assertEquals("info", first.path("status").asText());
        JsonNode note = doc.path("findings").get(4);
        assertEquals("note", note.path("level").asText());
        assertFalse(note.has("role"), "comment notes have no role");
        assertEquals(2, doc.path("counts").path("status").path("needs-change").asInt());
        assertEquals(2, doc.path("counts").path("rule").path("AMM007").asInt());
        assertEquals(1, doc.path("counts").path("scope").path("core").asInt());
        assertEquals("missing object 0123abcd", doc.path("skipped").get(0).path("reason").asText());
    }
}
