package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.activemm.model.Strategy;
import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;

class ArchPlansTest {
    @Test
    void costsSayTheIpiCountsAreTheWorstCase() throws Exception {
        ArchPlan plan = ArchPlans.forArch("x86", Strategy.IPI_ALL, Scheme.SEED, MapTree.fixture());
        // ipi-all interrupts every other CPU: n-1 at n CPUs, and no mm_count atomics
        assertEquals("0 mm_count atomics per lazy switch; IPIs per exit in the worst case (every other CPU has the mm"
                + " loaded): 1 at 2 CPUs, 3 at 4 CPUs, 63 at 64 CPUs, 1023 at 1024 CPUs", plan.chosenVerdict().costs());
    }
}
