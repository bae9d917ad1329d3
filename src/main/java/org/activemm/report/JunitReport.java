package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.activemm.sites.Finding;
import org.activemm.sites.Status;

/**
 * JUnit XML for CI systems that show test results: one test suite per file,
 * one failing test case per site that needs a change (grouped by file), so a
 * CI page lists what is left as failed tests.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = report.scan().findings().stream()
                .filter(f -> f.status() == Status.NEEDS_CHANGE)
                .collect(Collectors.groupingBy(Finding::path, TreeMap::new, Collectors.toList()));
        int total = byFile.values().stream().mapToInt(List::size).sum();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "activemm " + report.scan().scheme().word() + " "
                    + String.join(",", report.scan().arches()));
            xml.writeAttribute("tests", Integer.toString(total));
            xml.writeAttribute("failures", Integer.toString(total));
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                suite(xml, file.getKey(), file.getValue());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, String path, List<Finding> sites) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", legal(path));
        xml.writeAttribute("tests", Integer.toString(sites.size()));
        xml.writeAttribute("failures", Integer.toString(sites.size()));
        xml.writeCharacters("\n");
        for (Finding f : sites) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", legal(path));
            // the column too: sites that share a line need names of their own, or CI merges them
            xml.writeAttribute("name", legal(f.ruleId() + " " + (f.function().isEmpty() ? "" : f.function() + " ")
                    + "line " + f.line() + ":" + f.column()));
            xml.writeAttribute("file", legal(path));
            xml.writeAttribute("line", Integer.toString(f.line()));
            xml.writeStartElement("failure");
            xml.writeAttribute("type", f.ruleId());
            xml.writeAttribute("message", legal(f.message()));
            xml.writeCharacters(legal(f.path() + ":" + f.line() + ":" + f.column() + ": " + f.message()));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /**
     * The text with U+FFFD for each character XML 1.0 cannot hold (control
     * characters such as a form feed, lone surrogates): the writer escapes
     * markup but passes these through, and parsers then reject the file.
     */
    static String legal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : '\uFFFD'));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
