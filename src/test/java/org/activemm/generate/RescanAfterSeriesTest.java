package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.activemm.model.Strategy;
import org.activemm.sites.Finding;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scanner;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;
import org.activemm.tree.DirectoryTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scan, generate, apply, scan again: after the seed series for x86 the
 * scanner reports every lazy reference the series converted as converted,
 * and what still needs a change is exactly what the series left as hand work.
 * Lines move when a series applies, so sites are compared by file, function,
 * role and rule, counted.
 */
class RescanAfterSeriesTest {

    private record Outcome(ScanResult before, Series series, ScanResult after) {
    }

    private static ScanResult scan(Path tree) throws IOException {
        try (DirectoryTree t = new DirectoryTree(tree)) {
            return new Scanner(new ScanOptions(Scheme.SEED, List.of("x86"), false)).scan(t, p -> !p.startsWith(".git/"));
        }
    }

    private static Outcome run(String shape, Path dir) throws Exception {
        Path fixture = KernelFixtures.shape(shape);
        ScanResult before = scan(fixture);
        Series series = Generated.series(MapTree.of(fixture), before,
                List.of(Fixture.x86(Strategy.PIGGYBACK)), Fixture.options());
        MapTree.of(fixture).writeTo(dir);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile()).call()) {
            for (SeriesFile patch : series.patches()) {
                git.apply().setPatch(new ByteArrayInputStream(patch.content())).call();
            }
        }
        return new Outcome(before, series, scan(dir));
    }

    private static Set<String> handWorkKeys(Series series) {
        return series.handWork().stream().filter(h -> !h.rule().isEmpty())
                .map(h -> h.path() + ":" + h.line() + " " + h.rule()).collect(Collectors.toSet());
    }

    private static boolean leftByHand(Finding f, Set<String> handWork) {
        return handWork.contains(f.path() + ":" + f.line() + " " + f.ruleId());
    }

    /** How many findings the filter keeps, by file, function, role and rule (lines move). */
    private static Map<String, Long> counted(List<Finding> findings, Predicate<Finding> which) {
        return findings.stream().filter(which).collect(Collectors.groupingBy(
                f -> f.path() + " " + f.function() + " " + f.role().word() + " " + f.ruleId(), TreeMap::new,
                Collectors.counting()));
    }

    private static void assertRescan(Outcome o) {
        Set<String> handWork = handWorkKeys(o.series());
        // other arches' lazy helper calls turn from info to converted as well; they are not this run's
        Predicate<Finding> lazy = f -> f.ruleId().equals("AMM004")
                && (f.scope().equals(Scope.CORE) || f.scope().equals(Scope.DRIVERS) || f.scope().equals(Scope.arch("x86")));
        Map<String, Long> mechanical = counted(o.before().findings(),
                lazy.and(f -> f.status() == Status.NEEDS_CHANGE && !leftByHand(f, handWork)));
        Map<String, Long> convertedBefore = counted(o.before().findings(), lazy.and(f -> f.status() == Status.CONVERTED));
        Map<String, Long> expectedConverted = new TreeMap<>(convertedBefore);
        mechanical.forEach((k, n) -> expectedConverted.merge(k, n, Long::sum));
        assertFalse(mechanical.isEmpty(), "the series converts some lazy references");

        assertEquals(expectedConverted, counted(o.after().findings(), lazy.and(f -> f.status() == Status.CONVERTED)));
        assertEquals(counted(o.before().findings(), f -> f.status() == Status.NEEDS_CHANGE && leftByHand(f, handWork)),
                counted(o.after().findings(), f -> f.status() == Status.NEEDS_CHANGE));
    }

    /** Why each lazy-helper call of the scan is converted. */
    private static List<String> helperCallMessages(ScanResult scan) {
        return scan.findings().stream().filter(f -> f.ruleId().equals("AMM004") && f.status() == Status.CONVERTED
                && f.message().contains("_lazy_tlb() in ")).map(Finding::message).toList();
    }

    @Test
    void linux419ShapeAfterTheSeriesDefinesHelpersThatCompileOut(@TempDir Path dir) throws Exception {
        Outcome o = run("linux-4.19-shape", dir);
        assertRescan(o);
        // exit_mm()'s grab is guarded instead; the five other references now call the helpers
        List<String> messages = helperCallMessages(o.after());
        assertEquals(5, messages.size(), String.join("\n", messages));
        assertTrue(messages.stream().allMatch(m -> m.matches(
                ".*\\((mmgrab|mmdrop)_lazy_tlb\\(\\) compiles out under CONFIG_ARCH_NO_TASK_ACTIVE_MM"
                        + " as include/linux/sched/mm\\.h:\\d+ defines it\\)")), String.join("\n", messages));
    }

    @Test
    void linux65ShapeAfterTheSeriesTurnsTheRefcountOff(@TempDir Path dir) throws Exception {
        Outcome o = run("linux-6.5-shape", dir);
        assertRescan(o);
        List<String> messages = helperCallMessages(o.after());
        assertEquals(8, messages.size(), String.join("\n", messages)); // six in core, two of powerpc's
        assertTrue(messages.stream().allMatch(m -> m.endsWith("compiles out under CONFIG_ARCH_NO_TASK_ACTIVE_MM as"
                + " arch/Kconfig makes MMU_LAZY_TLB_REFCOUNT depend on !ARCH_NO_TASK_ACTIVE_MM)")),
                String.join("\n", messages));
    }
}
