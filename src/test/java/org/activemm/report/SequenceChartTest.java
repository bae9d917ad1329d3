package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.activemm.model.EfiMode;
import org.activemm.model.ModelChecker;
import org.activemm.model.Strategy;
import org.activemm.model.Verdict;
import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart parsed back with the JDK's namespace-aware XML parser, DTDs and external entities refused. */
class SequenceChartTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withClass(Document doc, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cls)) {
                out.add(g);
            }
        }
        return out;
    }

    /** x86 under the upstream scheme: 4 steps on cpu0, the last one frees M while active_mm still names it. */
    @Test
    void theX86UpstreamCounterexampleHasALifelinePerCpuAndOneForTheMm() throws Exception {
        Verdict v = ModelChecker.check("x86", Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 3, EfiMode.IRQS_OFF);
        Document doc = parse(SequenceChart.svg(v));
        Element root = doc.getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertTrue(Integer.parseInt(root.getAttribute("width")) > 0 && Integer.parseInt(root.getAttribute("height")) > 0);
        assertEquals(List.of("cpu0", "cpu1", "cpu2", "mm"), withClass(doc, "lifeline").stream().map(e -> e.getAttribute("id")).toList());
        List<Element> steps = withClass(doc, "step");
        assertEquals(4, steps.size());
        List<Element> breaks = withClass(doc, "breaks");
        assertEquals(List.of(steps.get(3)), breaks, "the last step is where no-uaf breaks");
        assertTrue(breaks.get(0).getTextContent().contains("active_mm still names it"), breaks.get(0).getTextContent());
        NodeList cross = breaks.get(0).getElementsByTagNameNS(SVG, "path");
        assertEquals(1, cross.getLength(), "a cross on M's lifeline at the breaking step");
        Element mm = withClass(doc, "lifeline").get(3);
        int mmX = Integer.parseInt(((Element) mm.getElementsByTagNameNS(SVG, "line").item(0)).getAttribute("x1"));
        String d = ((Element) cross.item(0)).getAttribute("d");
        int crossX = Integer.parseInt(d.substring(1, d.indexOf(',')));
        assertTrue(Math.abs(crossX - mmX) < 20, "the cross at x " + crossX + " sits on M's lifeline at x " + mmX);
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "image").getLength());
        assertEquals("x86, upstream/ipi-cpumask, 3 CPUs, EFI irqs-off: breaks no-uaf",
                doc.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
    }

    /** A step that changes M's counts or phase draws an arrow to M's lifeline; one that does not, none. */
    @Test
    void onlyStepsThatChangeTheMmPointAtItsLifeline() throws Exception {
        Verdict v = ModelChecker.check("x86", Scheme.SEED, Strategy.IPI_ALL, 2, EfiMode.IRQS_ON);
        // cpu0 goes lazy, cpu1 runs M's thread, ends it (mm_users 0), cpu0 enters EFI (M unchanged), then
        // exit_mmap, the shoot-down and the mmdrop each move M's phase
        assertEquals(List.of(false, false, true, false, true, true, true),
                v.steps().stream().map(s -> s.mmAfter() != null).toList(), String.join("\n", v.trace()));
        List<Element> steps = withClass(parse(SequenceChart.svg(v)), "step");
        for (int i = 0; i < steps.size(); i++) {
            boolean arrow = steps.get(i).getElementsByTagNameNS(SVG, "line").getLength() == 1;
            assertEquals(v.steps().get(i).mmAfter() != null, arrow, "step " + (i + 1));
        }
    }

    @Test
    void aSafePairDrawsTheArgumentAndNoBreak() throws Exception {
        Verdict v = ModelChecker.check("powerpc", Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 2, EfiMode.IRQS_OFF);
        Document doc = parse(SequenceChart.svg(v));
        assertEquals(0, withClass(doc, "step").size());
        assertEquals(0, withClass(doc, "breaks").size());
        assertTrue(withClass(doc, "note").get(0).getTextContent().startsWith("safe: cleanup_lazy_tlbs() IPIs"));
    }

    @Test
    void textIsEscaped() throws Exception {
        Verdict v = ModelChecker.check("x86", Scheme.SEED, Strategy.IPI_ALL, 2, EfiMode.IRQS_ON_FIXED);
        assertTrue(v.explanation().contains("current->mm ?: &init_mm"), v.explanation());
        Document doc = parse(SequenceChart.svg(v));
        assertEquals(v.explanation(), doc.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent());
    }
}
