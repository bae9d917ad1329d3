package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.activemm.model.Strategy;
import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;

class ArchPlansTest {
    @Test
    void costsSayTheIpiCountsAreTheWorstCase() throws Exception {
        ArchPlan plan = ArchPlans.forArch("x86", Strategy.IPI_ALL, Scheme.SEED, MapTree.fixture());
        // ipi-all interrupts every other CPU: n-1 at n CPUs, and no mm_count atomics; on Xen PV the exit hook
        // has already sent the same number
        assertEquals("0 mm_count atomics per lazy switch; 1 per-CPU record writes per switch; IPIs per exit in the worst"
                + " case (every other CPU has the mm loaded): 1 at 2 CPUs, 3 at 4 CPUs, 63 at 64 CPUs, 1023 at 1024 CPUs;"
                + " on x86+xen-pv: 2 at 2 CPUs, 6 at 4 CPUs, 126 at 64 CPUs, 2046 at 1024 CPUs, of which its exit hook"
                + " sends 1/3/63/1023", plan.chosenVerdict().costs());
    }

    @Test
    void aVariantWithoutAnExitHookShowsItsOwnIpisAndNoHookShare() throws Exception {
        ArchPlan plan = ArchPlans.forArch("x86", null, Scheme.SEED, MapTree.fixture());
        assertEquals(Strategy.IPI_SCAN, plan.strategy(), "ipi-cpumask misses a CPU the flush took out of the mask");
        StrategyVerdict cpumask = plan.verdicts().stream().filter(v -> v.strategy() == Strategy.IPI_CPUMASK).findFirst()
                .orElseThrow();
        // native x86: the teardown flush IPI has switched every lazy CPU out of the mask; Xen PV: its exit hook
        // did; Hyper-V and KVM flush remote CPUs by hypercall, which leaves them lazy and in the mask
        String n1 = "1 at 2 CPUs, 3 at 4 CPUs, 63 at 64 CPUs, 1023 at 1024 CPUs";
        assertEquals("0 mm_count atomics per lazy switch; 1 per-CPU record writes per switch; IPIs per exit in the worst"
                + " case (every other CPU has the mm loaded): 0 at 2 CPUs, 0 at 4 CPUs, 0 at 64 CPUs, 0 at 1024 CPUs;"
                + " on x86+xen-pv: " + n1 + ", of which its exit hook sends 1/3/63/1023; on x86+hyperv: " + n1
                + "; on x86+kvm-pv: " + n1, cpumask.costs());
    }

    @Test
    void theStrategyIsTheCheapestSafeUnderTheSchemeAskedFor() throws Exception {
        assertEquals(Strategy.IPI_SCAN, ArchPlans.forArch("arm64", null, Scheme.SEED, MapTree.fixture()).strategy());
        assertEquals(Strategy.IPI_CPUMASK, ArchPlans.forArch("powerpc", null, Scheme.SEED, MapTree.fixture()).strategy(),
                "its mask keeps lazy CPUs, and the seed body reads the core's per-CPU record, not one of the arch's");
        assertEquals(Strategy.IPI_CPUMASK, ArchPlans.forArch("powerpc", null, Scheme.UPSTREAM, MapTree.fixture()).strategy());
        assertEquals(List.of(Strategy.REFCOUNT, Strategy.IPI_CPUMASK),
                ArchPlans.forArch("powerpc", null, Scheme.UPSTREAM, MapTree.fixture()).verdicts().stream()
                        .map(StrategyVerdict::strategy).toList(), "only the strategies the scheme can use");
    }
}
