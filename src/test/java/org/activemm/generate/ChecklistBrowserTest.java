package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.activemm.report.SequenceChart;
import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML checklist in a real, headless chromium: what a maintainer does with it. */
class ChecklistBrowserTest {
    private static final ZonedDateTime MADE = ZonedDateTime.of(2026, 12, 7, 11, 30, 0, 0, ZoneOffset.UTC);
    /** The fixture's first x86 site (common.c:8, cpu_init's mmgrab). */
    private static final String FIRST_SITE = "table.sites tbody tr:first-child input";

    @TempDir
    Path dir;

    private Path page(String name, ScanResult scan) throws Exception {
        ArchPlan plan = ArchPlans.forArch("x86", null, Scheme.SEED, MapTree.fixture());
        String html = new ChecklistWriter(new Templates(),
                new SourceLinks("https://example.org/linux/tree/{path}?h={rev}#n{line}"), MADE, SequenceChart::svg)
                .render(scan, plan, ChecklistWriter.Format.HTML);
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /** The fixture's scan with every line moved down by {@code by}, as after an edit at the top of each file. */
    private static ScanResult shifted(int by) {
        ScanResult s = Fixture.scan();
        List<Finding> moved = s.findings().stream().map(f -> new Finding(f.path(), f.line() + by, f.column(),
                f.function(), f.role(), f.purpose(), f.scope(), f.rule(), f.guard(), f.status(), f.level(),
                f.message(), f.isNote())).toList();
        return new ScanResult(s.tree(), s.revision(), s.scheme(), s.arches(), moved, s.skipped(), s.filesScanned());
    }

    @Test
    void aTickedBoxIsStillTickedAfterAReloadAndInTheRegeneratedChecklist() throws Exception {
        Path first = page("checklist.html", Fixture.scan());
        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile"))) {
            chromium.open(first.toUri().toString());
            assertEquals("0 of 26 items done, 26 to do (sites: 0 of 18 done)",
                    chromium.evaluate("document.getElementById('progress-text').textContent").asText());
            chromium.click(FIRST_SITE);
            assertTrue(chromium.evaluate("document.querySelector('" + FIRST_SITE + "').checked").asBoolean());

            chromium.reload();
            // chromium commits local storage to its browser process a moment after the write; a person's
            // reload comes later than this test's, so the page is given up to five seconds to show the box
            assertTrue(chromium.eventually("document.querySelector('" + FIRST_SITE + "').checked"),
                    "the ticked box survives a reload");
            assertEquals(1, chromium.evaluate("document.querySelectorAll('input:checked').length").asInt());
            assertEquals("1 of 26 items done, 25 to do (sites: 1 of 18 done)",
                    chromium.evaluate("document.getElementById('progress-text').textContent").asText());

            // a new checklist after edits moved every line: the site keeps its fingerprint, so its box stays ticked
            Path regenerated = page("checklist-later.html", shifted(5));
            chromium.open(regenerated.toUri().toString());
            assertEquals("arch/x86/kernel/cpu/common.c:13",
                    chromium.evaluate("document.querySelector('table.sites tbody tr:first-child a').textContent").asText());
            assertTrue(chromium.evaluate("document.querySelector('" + FIRST_SITE + "').checked").asBoolean());
            assertEquals(1, chromium.evaluate("document.querySelectorAll('input:checked').length").asInt());
            assertEquals(List.of(), chromium.errors());
        }
    }

    @Test
    void thePageRendersWithItsChartsAndWithoutConsoleErrors() throws Exception {
        Path file = page("checklist.html", Fixture.scan());
        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile"))) {
            chromium.open(file.toUri().toString());
            byte[] png = chromium.screenshot();
            Path shot = Path.of("target", "checklist-screenshot.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, png);
            assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));

            assertEquals(List.of(), chromium.errors(), "no console errors, exceptions or failed loads");
            // the embedded stylesheet applies: table borders and a coloured verdict, not browser defaults
            assertEquals("collapse", chromium.evaluate(
                    "getComputedStyle(document.querySelector('table.sites')).borderCollapse").asText());
            assertTrue(chromium.evaluate("getComputedStyle(document.querySelector('.verdict.unsafe')).backgroundColor")
                    .asText().startsWith("rgb(254, 226, 226)"));
            // the cost chart is laid out: one line per strategy, the chosen one marked
            assertTrue(chromium.evaluate("document.querySelector('figure svg').getBoundingClientRect().width")
                    .asDouble() > 300);
            // the seed scheme's five strategies, in each of the two panels
            assertEquals(2 * 5, chromium.evaluate("document.querySelectorAll('figure svg g.strategy').length").asInt());
            assertEquals(2, chromium.evaluate("document.querySelectorAll('figure svg g.strategy.chosen').length").asInt());
            // the counterexample is numbered steps and an inline sequence chart, and sites link to the source viewer
            assertTrue(chromium.evaluate("document.querySelectorAll('ol.steps li').length").asInt() > 3);
            assertTrue(chromium.evaluate("document.querySelector('figure.sequence svg').getBoundingClientRect().height")
                    .asDouble() > 100);
            // no text of a sequence chart runs past its right edge, in the font chromium uses for monospace
            assertEquals("", chromium.evaluate("Array.from(document.querySelectorAll('figure.sequence svg'))"
                    + ".flatMap(function (s) { var w = s.viewBox.baseVal.width; return Array.from(s.querySelectorAll('text'))"
                    + ".filter(function (t) { var b = t.getBBox(); return b.x + b.width > w; })"
                    + ".map(function (t) { return t.textContent; }); }).join(' | ')").asText());
            assertEquals("https://example.org/linux/tree/arch/x86/kernel/cpu/common.c?h=HEAD#n8", chromium.evaluate(
                    "document.querySelector('table.sites tbody tr:first-child a').href").asText());
        }
    }
}
