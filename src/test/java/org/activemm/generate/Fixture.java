package org.activemm.generate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.activemm.model.Strategy;
import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;
import org.activemm.sites.rules.Rules;
import org.activemm.testing.FixtureMarkers;

/**
 * The scan of the synthetic tree (src/test/resources/org/activemm/generate/tree),
 * from the markers written by hand under its sites, and plans for x86.
 */
final class Fixture {
    private Fixture() {
    }

    static Finding site(String path, int line, int column, String function, Role role, Purpose purpose,
            String rule, Status status) {
        return new Finding(path, line, column, function, role, purpose, Scope.of(path), Rules.byId(rule), "", status,
                Level.of(status), role.word() + " of active_mm", false);
    }

    static final String CORE = "kernel/sched/core.c";

    /** The sites of the synthetic tree, as its expect: markers give them (docs/fixtures.md). */
    static List<Finding> findings() {
        try {
            Path tree = Path.of(Fixture.class.getResource("tree").toURI());
            return FixtureMarkers.expected(tree, "seed").stream().map(e -> site(e.path(), e.line(), e.column(),
                    e.function(), Role.ofWord(e.role()), Purpose.ofWord(e.purpose()), e.rule(),
                    Status.ofWord(e.status()))).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScanResult scan() {
        return new ScanResult("test-tree", null, Scheme.SEED, List.of("x86"), findings(), List.of(), 11);
    }

    static final String LOADED_MM = "this_cpu_read(cpu_tlbstate.loaded_mm)";

    /** Costs as long as the model's own texts (ArchPlans), so that tests see their wrapping. */
    static String costs(int atomics, int ipisAt2, int ipisAt4, int ipisAt64, int ipisAt1024) {
        return atomics + " mm_count atomics per lazy switch; IPIs per exit in the worst case (every other CPU has"
                + " the mm loaded): " + ipisAt2 + " at 2 CPUs, " + ipisAt4 + " at 4 CPUs, " + ipisAt64 + " at 64 CPUs, "
                + ipisAt1024 + " at 1024 CPUs";
    }

    static List<StrategyVerdict> x86Verdicts() {
        return List.of(
                new StrategyVerdict(Strategy.REFCOUNT, true, "", "", costs(2, 0, 0, 0, 0)),
                new StrategyVerdict(Strategy.PIGGYBACK, true, "", "", costs(0, 0, 0, 0, 0)),
                new StrategyVerdict(Strategy.IPI_CPUMASK, true, "", "", costs(0, 1, 3, 63, 1023)),
                new StrategyVerdict(Strategy.IPI_ALL, true, "", "", costs(0, 1, 3, 63, 1023)));
    }

    static ArchPlan x86(Strategy strategy) {
        return new ArchPlan("x86", strategy, x86Verdicts(), List.of("x86+kvm", "x86+hyperv", "x86+xen-pv"),
                "arch/x86/Kconfig", "arch/x86/mm/tlb.c", LOADED_MM);
    }

    static GenerateOptions options() {
        return new GenerateOptions(Scheme.SEED, "Ada Tester <ada@example.org>", null,
                ZonedDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), false, false);
    }
}
