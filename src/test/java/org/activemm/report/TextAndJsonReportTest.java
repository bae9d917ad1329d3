package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TextAndJsonReportTest {

    /** The whole report, compared with report-fixtures.txt (written by hand from ReportFixtures). */
    @Test
    void textReportIsTheGoldenFileLineForLine() throws Exception {
        StringWriter out = new StringWriter();
        new TextReport(false).write(ReportFixtures.scan(), new PrintWriter(out));
        String expected;
        try (InputStream in = TextAndJsonReportTest.class.getResourceAsStream("report-fixtures.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, out.toString().replace(System.lineSeparator(), "\n"));
        assertFalse(out.toString().contains("\u001b["), "no colour unless asked");
    }

    @Test
    void jsonHasTheFieldsOfSitesMd() throws Exception {
        StringWriter out = new StringWriter();
        JsonReport.write(ReportFixtures.scan(), out);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("demo", doc.path("tree").asText());
        assertTrue(doc.path("revision").isNull());
        assertEquals("seed", doc.path("scheme").asText());
        assertEquals("x86", doc.path("arches").get(0).asText());
        JsonNode first = doc.path("findings").get(0);
        for (String field : new String[] {"path", "line", "column", "function", "role", "purpose", "scope", "rule",
                "guard", "status", "level", "message"}) {
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
