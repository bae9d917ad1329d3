package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;

class StrategyPickerTest {
    @Test
    void x86TakesIpiScanUnderTheSeedBecauseItsArchLeavesLeaveThePerCpuRecordOnTheMm() {
        assertEquals(Optional.of(Strategy.IPI_SCAN), StrategyPicker.cheapestSafe("x86", Scheme.SEED));
        for (ArchProfile variant : ArchProfiles.family("x86")) {
            assertEquals(Optional.of(Strategy.IPI_SCAN), StrategyPicker.cheapestSafe(variant.name(), Scheme.SEED), variant.name());
        }
    }

    @Test
    void x86HasNoSafeStrategyButRefcountUnderTheUpstreamScheme() {
        assertEquals(Optional.empty(), StrategyPicker.cheapestSafe("x86", Scheme.UPSTREAM));
    }

    @Test
    void powerpcKeepsUpstreamsIpiCpumask() {
        assertEquals(Optional.of(Strategy.IPI_CPUMASK), StrategyPicker.cheapestSafe("powerpc", Scheme.UPSTREAM));
    }

    /** Without mm_cpumask tracking, the per-CPU record is cheaper than interrupting every CPU on every exit. */
    @Test
    void arm64TakesIpiScanWithoutCpumask() {
        assertEquals(Optional.of(Strategy.IPI_SCAN), StrategyPicker.cheapestSafe("arm64", Scheme.SEED));
        assertEquals(Optional.empty(), StrategyPicker.cheapestSafe("arm64", Scheme.UPSTREAM));
    }

    @Test
    void trackedCpumaskArchesTakeIpiCpumask() {
        for (String arch : new String[] {"powerpc", "s390", "sparc", "mips", "riscv", "arm"}) {
            assertEquals(Optional.of(Strategy.IPI_CPUMASK), StrategyPicker.cheapestSafe(arch, Scheme.SEED), arch);
        }
    }

    @Test
    void nothingButRefcountIsSafeWhenEfiRestoresTheSavedMmWithInterruptsOn() {
        assertEquals(Optional.empty(), StrategyPicker.cheapestSafe("x86", Scheme.SEED, 2, EfiMode.IRQS_ON));
    }

    @Test
    void theEfiFixBringsBackTheStrategyOfTheConvertedSwitch() {
        assertEquals(Optional.of(Strategy.IPI_SCAN), StrategyPicker.cheapestSafe("x86", Scheme.SEED, 2, EfiMode.IRQS_ON_FIXED));
    }

    @Test
    void everyBaseArchIsEligibleWithTheConvertedEfiSwitch() {
        assertEquals(Set.of("x86", "arm64", "powerpc", "s390", "sparc", "mips", "riscv", "arm"), StrategyPicker.eligibleArches());
        assertEquals(StrategyPicker.eligibleArches(), ArchProfiles.eligibleArches());
    }
}
