package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void aPathBelongsToItsArchDirectoryDriversOrCore() {
        assertEquals(Scope.arch("x86"), Scope.of("arch/x86/mm/tlb.c"));
        assertEquals(Scope.CORE, Scope.of("arch/Kconfig"), "a file directly under arch/ is shared by every arch");
        assertEquals(Scope.DRIVERS, Scope.of("drivers/misc/sgi-gru/grufault.c"));
        assertEquals(Scope.CORE, Scope.of("kernel/sched/core.c"));
        assertEquals(Scope.CORE, Scope.of("driversx/a.c"));
    }

    @Test
    void reportsWriteTheScopeAsBefore() {
        assertEquals("arch/powerpc", Scope.of("arch/powerpc/kernel/smp.c").word());
        assertEquals("core", Scope.CORE.word());
        assertEquals("drivers", Scope.DRIVERS.word());
        assertEquals("powerpc", Scope.of("arch/powerpc/kernel/smp.c").arch());
        assertTrue(Scope.arch("sparc").contains("arch/sparc/mm/tsb.c"));
        assertFalse(Scope.arch("sparc").contains("arch/sparc64/mm/tsb.c"));
        assertEquals("", Scope.CORE.arch());
    }

    @Test
    void onlyAnArchScopeNamesAnArch() {
        assertThrows(IllegalArgumentException.class, () -> new Scope(Scope.Kind.CORE, "x86"));
        assertThrows(IllegalArgumentException.class, () -> new Scope(Scope.Kind.ARCH, ""));
    }
}
