package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.activemm.series.PatchMail;
import org.activemm.series.checks.CheckFinding;
import org.activemm.series.checks.CheckInfo;
import org.activemm.series.checks.CheckLevel;
import org.activemm.series.checks.CheckResult;
import org.activemm.series.checks.Checks;
import org.activemm.series.checks.SeriesCheck;

/**
 * {@code activemm check} as JUnit XML, so CI shows which patch broke what:
 * one test suite per entry of the series, one test case per check. A check
 * with errors there fails, and its {@code failure} element carries the
 * findings; warnings do not fail a case and are listed in its {@code system-out}.
 */
public final class CheckJunitReport {
    private CheckJunitReport() {
    }

    public static void write(CheckResult result, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "activemm check " + result.series().name());
            List<PatchMail> entries = result.series().entries();
            List<SeriesCheck> checks = Checks.all();
            xml.writeAttribute("tests", Integer.toString(entries.size() * checks.size()));
            xml.writeAttribute("failures", Long.toString(failures(result, -1)));
            xml.writeCharacters("\n");
            for (int i = 0; i < entries.size(); i++) {
                String suite = i + " " + entries.get(i).source();
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite);
                xml.writeAttribute("tests", Integer.toString(checks.size()));
                xml.writeAttribute("failures", Long.toString(failures(result, i)));
                xml.writeCharacters("\n");
                for (SeriesCheck check : checks) {
                    testCase(xml, suite, check.info(), entries.get(i).source(), result.findingsOf(i));
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void testCase(XMLStreamWriter xml, String suite, CheckInfo info, String mail,
            List<CheckFinding> entryFindings) throws XMLStreamException {
        List<CheckFinding> mine = entryFindings.stream().filter(f -> f.id().equals(info.id())).toList();
        List<CheckFinding> errors = mine.stream().filter(f -> f.level() == CheckLevel.ERROR).toList();
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("name", info.id() + " " + info.summary());
        if (!errors.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", info.id());
            xml.writeAttribute("message", errors.get(0).message());
            xml.writeCharacters(lines(mail, errors));
            xml.writeEndElement();
        }
        List<CheckFinding> warnings = mine.stream().filter(f -> f.level() == CheckLevel.WARNING).toList();
        if (!warnings.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(mail, warnings));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String lines(String mail, List<CheckFinding> findings) {
        StringBuilder text = new StringBuilder();
        for (CheckFinding f : findings) {
            text.append(mail).append(':').append(f.at().mailLine()).append(": ").append(f.level().name())
                    .append(": ").append(f.message()).append('\n');
        }
        return text.toString();
    }

    /** Test cases that fail: (entry, check) pairs with an error, for one entry or (-1) all. */
    private static long failures(CheckResult result, int entry) {
        return result.findings().stream().filter(f -> f.level() == CheckLevel.ERROR)
                .filter(f -> entry < 0 || f.entry() == entry).map(f -> f.entry() + " " + f.id()).distinct().count();
    }
}
