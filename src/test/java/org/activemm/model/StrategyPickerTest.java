package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StrategyPickerTest {
    @Test
    void x86TakesIpiCpumaskBecausePiggybackBreaksUnderHyperVAndKvm() {
        assertEquals(Optional.of(Strategy.IPI_CPUMASK), StrategyPicker.cheapestSafe("x86"));
    }

    @Test
    void piggybackWinsWhereEveryVariantSwitchesLazyCpusOnTheFlush() {
        assertEquals(Optional.of(Strategy.PIGGYBACK), StrategyPicker.cheapestSafe("x86+xen-pv"));
    }

    @Test
    void arm64NeedsIpiAllWithoutCpumask() {
        assertEquals(Optional.of(Strategy.IPI_ALL), StrategyPicker.cheapestSafe("arm64"));
    }

    @Test
    void trackedCpumaskArchesTakeIpiCpumask() {
        for (String arch : new String[] {"powerpc", "s390", "sparc", "mips", "riscv", "arm"}) {
            assertEquals(Optional.of(Strategy.IPI_CPUMASK), StrategyPicker.cheapestSafe(arch), arch);
        }
    }

    @Test
    void nothingButRefcountIsSafeWhenEfiSavesTheLazyMmWithInterruptsOn() {
        assertEquals(Optional.empty(), StrategyPicker.cheapestSafe("x86", 2, EfiMode.IRQS_ON));
    }

    @Test
    void everyBaseArchIsEligibleWithTheConvertedEfiSwitch() {
        assertEquals(Set.of("x86", "arm64", "powerpc", "s390", "sparc", "mips", "riscv", "arm"), StrategyPicker.eligibleArches());
        assertEquals(StrategyPicker.eligibleArches(), ArchProfiles.eligibleArches());
    }
}
