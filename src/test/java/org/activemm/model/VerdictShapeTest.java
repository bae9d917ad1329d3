package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The expected shape of the verdicts, each shape as a named scenario, with the length of the
 * shortest counterexample worked out by hand from the model's actions.
 */
class VerdictShapeTest {
    private static Verdict check(String arch, Strategy s, int cpus, EfiMode efi) {
        return ModelChecker.check(arch, Scheme.SEED, s, cpus, efi);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void refcountIsSafeOnEveryProfileUnderBothSchemesWithEveryEfiSwitch(int cpus) {
        for (ArchProfile p : ArchProfiles.load()) {
            for (EfiMode efi : EfiMode.values()) {
                for (Scheme scheme : Scheme.values()) {
                    Verdict v = ModelChecker.check(p, scheme, Strategy.REFCOUNT, cpus, efi);
                    assertTrue(v.safe(), p.name() + " " + scheme + " " + efi + ": " + v.trace());
                    assertTrue(v.explanation().contains("mmgrab"), v.explanation());
                }
            }
        }
    }

    /**
     * The teardown flush (native x86) and the exit hook (Xen PV) switch lazy CPUs the arch's way, which leaves the
     * seed's per-CPU record on M: cpu0 goes lazy, cpu1 runs and ends M's thread, exit_mmap, the shoot-down switches only
     * cpu1, mmdrop frees M while cpu0's record names it (6 steps).
     */
    @ParameterizedTest
    @ValueSource(strings = {"x86", "x86+xen-pv"})
    void piggybackBreaksOnX86BecauseTheArchsSwitchLeavesThePerCpuRecord(String arch) {
        Verdict v = check(arch, Strategy.PIGGYBACK, 3, EfiMode.IRQS_OFF);
        assertEquals("no-uaf", v.property());
        assertEquals(6, v.trace().size(), String.join("\n", v.trace()));
        assertTrue(v.trace().get(3).contains("the per-CPU record of cpus 0,1 still names M"), v.trace().get(3));
        assertTrue(v.trace().get(4).contains("(piggyback) sends nothing"), v.trace().get(4));
        assertTrue(v.trace().get(5).endsWith("M is freed while cpu0's per-CPU record still names it"), v.trace().get(5));
    }

    /**
     * Hardware broadcast: the shoot-down switches the exiting CPU by its record, so a second CPU must stay lazy: cpu0
     * goes lazy, cpu1 runs and ends M's thread, exit_mmap, shoot-down, mmdrop (6 steps).
     */
    @ParameterizedTest
    @ValueSource(strings = {"arm64", "powerpc", "powerpc+radix", "s390", "arm"})
    void piggybackBreaksUnderHardwareBroadcast(String arch) {
        Verdict v = check(arch, Strategy.PIGGYBACK, 2, EfiMode.IRQS_OFF);
        assertEquals("no-uaf", v.property());
        assertEquals(6, v.trace().size(), String.join("\n", v.trace()));
        assertTrue(v.trace().get(0).startsWith("cpu0: switches to a kernel thread"), v.trace().get(0));
        assertTrue(v.trace().get(3).contains("flushes by hardware broadcast, no IPI; cpus 0,1 still have M loaded"), v.trace().get(3));
        assertTrue(v.trace().get(4).contains("switches this CPU to init_mm") && v.trace().get(4).contains("(piggyback) sends nothing"),
                v.trace().get(4));
        assertTrue(v.trace().get(5).endsWith("M is freed while cpu0 has it loaded"), v.trace().get(5));
    }

    /**
     * Hypervisor flush: the local flush switches the exiting CPU, so a second CPU must be lazy: cpu0
     * goes lazy, cpu1 runs and ends M's thread, then exit_mmap, shoot-down, mmdrop: 6 steps.
     */
    @ParameterizedTest
    @ValueSource(strings = {"x86+hyperv", "x86+kvm-pv"})
    void piggybackBreaksUnderHypervisorFlush(String arch) {
        Verdict v = check(arch, Strategy.PIGGYBACK, 2, EfiMode.IRQS_OFF);
        assertEquals("no-uaf", v.property());
        assertEquals(6, v.trace().size(), String.join("\n", v.trace()));
        assertTrue(v.trace().get(3).contains("flushes by hypercall, interrupting no other CPU; lazy cpu1 switched to init_mm"),
                v.trace().get(3));
        assertTrue(v.trace().get(3).endsWith("; cpu0 still has M loaded"), v.trace().get(3));
    }

    @Test
    void hypervisorFlushNeedsTheXenExitHookToBeSafe() {
        ArchProfile xen = ArchProfiles.get("x86+xen-pv");
        ArchProfile withoutHook = new ArchProfile("x86+xen-pv-nohook", "x86", "nohook", xen.describes(), xen.remoteFlush(),
                xen.cpumask(), xen.lazySwitchOnFlush(), false, xen.pgtableFree(), xen.recordDiverges(), xen.loadedMm(), xen.kconfig(),
                xen.notes());
        Verdict v = ModelChecker.check(withoutHook, Scheme.SEED, Strategy.PIGGYBACK, 2, EfiMode.IRQS_OFF);
        assertEquals("no-uaf", v.property());
        assertEquals(6, v.trace().size());
    }

    /** No cpumask: the shoot-down switches the exiting CPU and IPIs nobody, another lazy CPU stays (6 steps). */
    @Test
    void ipiCpumaskBreaksWithoutCpumaskTracking() {
        Verdict v = check("arm64", Strategy.IPI_CPUMASK, 2, EfiMode.IRQS_OFF);
        assertEquals("no-uaf", v.property());
        assertEquals(6, v.trace().size());
        assertTrue(v.trace().get(4).contains("IPIs mm_cpumask(M) = no CPU"), v.trace().get(4));
        assertEquals(0, v.costs().ipis(1024), "no cpumask, no IPIs: that is why it breaks");
    }

    /** The seed's per-CPU record diverges from the mask where upstream's active_mm does: the same verdicts. */
    @Test
    void ipiCpumaskIsSafeUnderTheSeedWhereLazyCpusAreTrackedAndTheRecordsNeverDiverge() {
        for (ArchProfile p : ArchProfiles.load()) {
            Verdict v = ModelChecker.check(p, Scheme.SEED, Strategy.IPI_CPUMASK, 3, EfiMode.IRQS_OFF);
            assertEquals(p.tracksCpumask() && !p.diverges(), v.safe(), p.name());
        }
    }

    /** Upstream's cleanup_lazy_tlbs() reaches every active_mm only where the mask tracks lazy CPUs and never drops one. */
    @Test
    void ipiCpumaskIsSafeUnderUpstreamWhereTheMaskAndActiveMmNeverDiverge() {
        for (ArchProfile p : ArchProfiles.load()) {
            Verdict v = ModelChecker.check(p, Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 3, EfiMode.IRQS_OFF);
            assertEquals(p.tracksCpumask() && !p.diverges(), v.safe(), p.name());
        }
        assertTrue(ModelChecker.check("powerpc", Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 3, EfiMode.IRQS_OFF).safe());
    }

    @Test
    void ipiScanIsSafeEverywhereTheEfiSwitchKeepsInterruptsOffOrEndsTheFixedWay() {
        for (ArchProfile p : ArchProfiles.load()) {
            for (EfiMode efi : List.of(EfiMode.IRQS_OFF, EfiMode.IRQS_ON_FIXED)) {
                assertTrue(ModelChecker.check(p, Scheme.SEED, Strategy.IPI_SCAN, 3, efi).safe(), p.name() + " " + efi);
            }
        }
    }

    @Test
    void ipiAllIsSafeEverywhereWithInterruptsOff() {
        for (ArchProfile p : ArchProfiles.load()) {
            assertTrue(ModelChecker.check(p, Scheme.SEED, Strategy.IPI_ALL, 3, EfiMode.IRQS_OFF).safe(), p.name());
        }
    }

    /**
     * EFI with interrupts on: cpu0 goes lazy and enters EFI saving M; cpu1 runs and ends M's thread;
     * exit_mmap, the shoot-down IPI finds efi_mm loaded on cpu0, mmdrop frees M: 7 steps.
     */
    @ParameterizedTest
    @ValueSource(strings = {"x86", "x86+xen-pv", "powerpc", "sparc"})
    void efiRestoreWithInterruptsOnRevivesADeadMm(String arch) {
        Verdict on = check(arch, Strategy.IPI_ALL, 2, EfiMode.IRQS_ON);
        assertEquals("no-uaf", on.property());
        assertEquals(7, on.trace().size(), String.join("\n", on.trace()));
        assertEquals(1, on.trace().stream().filter(l -> l.startsWith("cpu0: EFI runtime call with interrupts on: saves M")).count(),
                String.join("\n", on.trace()));
        assertTrue(on.trace().get(5).contains("cpu0 in an EFI call with interrupts on had efi_mm loaded"), on.trace().get(5));
        assertTrue(on.explanation().contains("cpu0 kernel thread, efi_mm loaded, saved M"), on.explanation());
        assertTrue(check(arch, Strategy.IPI_ALL, 2, EfiMode.IRQS_OFF).safe(), "the same pair with interrupts off");
    }

    @Test
    void efiWithInterruptsOnBreaksEveryNonRefcountStrategy() {
        for (ArchProfile p : ArchProfiles.load()) {
            for (SchemeStrategy c : SchemeStrategy.all()) {
                if (c.strategy() != Strategy.REFCOUNT) {
                    assertFalse(ModelChecker.check(p, c.scheme(), c.strategy(), 2, EfiMode.IRQS_ON).safe(), p.name() + " " + c);
                }
            }
        }
    }

    @Test
    void moreCpusDoNotShortenOrLengthenTheCounterexamples() {
        for (String arch : List.of("arm64", "x86+hyperv")) {
            int two = check(arch, Strategy.PIGGYBACK, 2, EfiMode.IRQS_OFF).trace().size();
            assertEquals(two, check(arch, Strategy.PIGGYBACK, 3, EfiMode.IRQS_OFF).trace().size());
            assertEquals(two, check(arch, Strategy.PIGGYBACK, 4, EfiMode.IRQS_OFF).trace().size());
        }
    }

    /** Every profile and column at 2, 3 and 4 CPUs with the default EFI switch; the other EFI switches at 2 and 3. */
    @Test
    void verdictsAndTraceLengthsDoNotDependOnTheCpuCount() {
        for (EfiMode efi : EfiMode.values()) {
            int most = efi == ModelChecker.DEFAULT_EFI ? 4 : 3;
            for (ArchProfile p : ArchProfiles.load()) {
                for (SchemeStrategy c : SchemeStrategy.all()) {
                    Verdict two = ModelChecker.check(p, c.scheme(), c.strategy(), 2, efi);
                    for (int cpus = 3; cpus <= most; cpus++) {
                        Verdict more = ModelChecker.check(p, c.scheme(), c.strategy(), cpus, efi);
                        String pair = p.name() + " " + c.word() + " " + efi + " " + cpus;
                        assertEquals(two.property(), more.property(), pair);
                        assertEquals(two.trace().size(), more.trace().size(), pair);
                    }
                }
            }
        }
    }

    @Test
    void symmetryReductionKeepsEveryVerdictAndTraceLength() {
        for (EfiMode efi : EfiMode.values()) {
            int cpus = efi == ModelChecker.DEFAULT_EFI ? 3 : 2;
            for (ArchProfile p : ArchProfiles.load()) {
                for (SchemeStrategy c : SchemeStrategy.all()) {
                    Checker.Result full = Checker.explore(new LazyMmModel(p, c.scheme(), c.strategy(), cpus, efi, false));
                    Verdict reduced = ModelChecker.check(p, c.scheme(), c.strategy(), cpus, efi);
                    String pair = p.name() + " " + c.word() + " " + efi;
                    assertEquals(full.safe(), reduced.safe(), pair);
                    assertEquals(full.trace().size(), reduced.trace().size(), pair);
                    assertTrue(reduced.statesExplored() <= full.statesExplored(), pair);
                }
            }
        }
    }

    @Test
    void costsFollowTheStrategy() {
        Costs refcount = Costs.of(Scheme.SEED, Strategy.REFCOUNT, ArchProfiles.get("x86"));
        assertEquals(2, refcount.atomicsPerLazySwitch());
        assertEquals(0, refcount.ipis(1024));
        Costs all = Costs.of(Scheme.SEED, Strategy.IPI_ALL, ArchProfiles.get("arm64"));
        assertEquals(0, all.atomicsPerLazySwitch());
        assertEquals(List.of(1, 3, 63, 1023), Costs.CPU_COUNTS.stream().map(all::ipis).toList());
        assertEquals(63, Costs.of(Scheme.SEED, Strategy.IPI_CPUMASK, ArchProfiles.get("sparc")).ipis(64));
        assertEquals(0, Costs.of(Scheme.SEED, Strategy.IPI_CPUMASK, ArchProfiles.get("x86")).ipis(64),
                "the teardown flush IPI already switched x86's lazy CPUs out of the mask");
        assertEquals(0, Costs.of(Scheme.SEED, Strategy.PIGGYBACK, ArchProfiles.get("x86")).ipis(64));
        Costs scan = Costs.of(Scheme.SEED, Strategy.IPI_SCAN, ArchProfiles.get("arm64"));
        assertEquals(63, scan.ipis(64), "no mask needed: the CPUs whose record is the mm");
        // the seed writes its per-CPU record at every switch whatever the strategy; upstream writes none
        for (Strategy s : Strategy.values()) {
            assertEquals(1, Costs.of(Scheme.SEED, s, ArchProfiles.get("arm64")).recordWritesPerSwitch(), s.word());
        }
        for (Strategy s : SchemeStrategy.strategies(Scheme.UPSTREAM)) {
            assertEquals(0, Costs.of(Scheme.UPSTREAM, s, ArchProfiles.get("arm64")).recordWritesPerSwitch(), s.word());
        }
    }

    /**
     * Xen PV's xen_exit_mmap() already IPIs every CPU that has the mm loaded. Its leave_mm() takes them out of
     * mm_cpumask, so ipi-cpumask's own round finds nobody; ipi-scan and ipi-all send a second round.
     */
    @Test
    void xenPvPaysTheExitHooksRoundOnTopOfTheStrategys() {
        ArchProfile xen = ArchProfiles.get("x86+xen-pv");
        assertEquals(List.of(1, 3, 63, 1023), Costs.CPU_COUNTS.stream().map(Costs.of(Scheme.SEED, Strategy.PIGGYBACK, xen)::ipis).toList());
        assertEquals(List.of(1, 3, 63, 1023), Costs.CPU_COUNTS.stream().map(Costs.of(Scheme.SEED, Strategy.IPI_CPUMASK, xen)::ipis).toList());
        assertEquals(List.of(2, 6, 126, 2046), Costs.CPU_COUNTS.stream().map(Costs.of(Scheme.SEED, Strategy.IPI_SCAN, xen)::ipis).toList());
        assertEquals(List.of(2, 6, 126, 2046), Costs.CPU_COUNTS.stream().map(Costs.of(Scheme.SEED, Strategy.IPI_ALL, xen)::ipis).toList());
        assertEquals(1023, Costs.of(Scheme.SEED, Strategy.IPI_ALL, xen).exitHookIpis(1024));
        assertEquals(0, Costs.of(Scheme.SEED, Strategy.IPI_ALL, ArchProfiles.get("x86")).exitHookIpis(1024));
    }
}
