package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transitions that the scheduler's and the arch's records of the loaded mm add, each shown to
 * matter: take it away (from the profile or the EFI mode) and the verdict changes.
 */
class TwoRecordsTest {
    private static final RecordDivergence IDLE_LEAVE = new RecordDivergence("leave_mm()", "arch/toy/mm/tlb.c", "deep idle");

    private static ArchProfile withDivergences(ArchProfile p, List<RecordDivergence> divergences) {
        return new ArchProfile(p.name() + "-edited", p.arch(), "edited", p.describes(), p.remoteFlush(), p.cpumask(),
                p.lazySwitchOnFlush(), p.exitHookSwitchesLazy(), p.pgtableFree(), divergences, p.loadedMm(), p.kconfig(),
                p.notes());
    }

    /** An IPI-flush arch whose flush does not switch lazy CPUs: only an idle-time leave can make the records differ. */
    private static ArchProfile toy(List<RecordDivergence> divergences) {
        return new ArchProfile("toy", "toy", null, "hand-built", RemoteFlush.IPI, CpumaskTracking.TRACKED, false, false,
                PgtableFree.IPI, divergences, "", "arch/toy/Kconfig", List.of("hand-built"));
    }

    /**
     * cpu0's M's thread exits (lazy on M), exit_mmap's local flush_tlb_func() switches cpu0 to init_mm and out of
     * the mask while its active_mm stays M, cleanup_lazy_tlbs() IPIs the empty mask, mmdrop frees M: 4 steps.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void x86UnderUpstreamLosesItsCounterexampleWithoutTheDivergence(int cpus) {
        ArchProfile x86 = ArchProfiles.get("x86");
        Verdict v = ModelChecker.check(x86, Scheme.UPSTREAM, Strategy.IPI_CPUMASK, cpus, EfiMode.IRQS_OFF);
        assertEquals("no-uaf", v.property());
        assertEquals(4, v.steps().size(), String.join("\n", v.trace()));
        assertTrue(v.trace().get(1).endsWith("lazy cpu0 switched to init_mm behind the scheduler's back, active_mm of cpu0"
                + " still names M"), v.trace().get(1));
        assertTrue(v.trace().get(2).startsWith("cpu0: cleanup_lazy_tlbs() IPIs mm_cpumask(M) = no CPU"), v.trace().get(2));
        assertTrue(v.trace().get(3).endsWith("M is freed while cpu0's active_mm still names it"), v.trace().get(3));
        assertTrue(ModelChecker.check(withDivergences(x86, List.of()), Scheme.UPSTREAM, Strategy.IPI_CPUMASK, cpus,
                EfiMode.IRQS_OFF).safe(), "the same x86 whose arch leaves also moved active_mm");
    }

    @Test
    void xenPvsExitHookDivergesToo() {
        ArchProfile xen = ArchProfiles.get("x86+xen-pv");
        assertFalse(ModelChecker.check(xen, Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 2, EfiMode.IRQS_OFF).safe());
        assertTrue(ModelChecker.check(withDivergences(xen, List.of()), Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 2,
                EfiMode.IRQS_OFF).safe());
    }

    /** xen_drop_mm_ref() runs drop_mm_ref_this_cpu() on the exiting CPU directly and IPIs only the others. */
    @Test
    void xenPvsExitHookIpisOnlyTheOtherCpus() {
        LazyMmModel xen = new LazyMmModel(ArchProfiles.get("x86+xen-pv"), Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_OFF);
        MmState local = withLazyKernelThreadOnCpu1(MmState.EXITED, MmState.MM, MmState.INIT_MM);
        local.putter = 0;
        List<String> words = new ArrayList<>();
        xen.apply(local, 0, LazyMmModel.EXIT_MMAP, words);
        assertTrue(words.get(0).startsWith("arch_exit_mmap() (xen_drop_mm_ref) switches cpu0 to init_mm and IPIs no CPU"),
                words.toString());
        MmState both = withLazyKernelThreadOnCpu1(MmState.EXITED, MmState.MM, MmState.MM);
        both.putter = 0;
        words.clear();
        xen.apply(both, 0, LazyMmModel.EXIT_MMAP, words);
        assertTrue(words.get(0).startsWith("arch_exit_mmap() (xen_drop_mm_ref) switches cpus 0,1 to init_mm and IPIs cpu1"),
                words.toString());
    }

    /**
     * Under the seed the record is the core's per-CPU one, which no x86 leave writes: cpu0 goes lazy, cpu1 runs and
     * ends M's thread, exit_mmap's flush IPI makes cpu0's flush_tlb_func() switch it to init_mm and out of the mask with
     * its record still on M, the shoot-down switches cpu1 by its own record and IPIs the empty mask, mmdrop frees M:
     * 6 steps. The same x86 whose arch leaves moved the record is safe.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ipi-cpumask", "piggyback"})
    void theSeedsMaskAndPiggybackStrategiesMissAnX86CpuWhoseRecordTheArchLeftOnM(String word) {
        Strategy strategy = Strategy.byWord(word);
        ArchProfile x86 = ArchProfiles.get("x86");
        Verdict v = ModelChecker.check(x86, Scheme.SEED, strategy, 3, EfiMode.IRQS_OFF);
        String trace = String.join("\n", v.trace());
        assertEquals("no-uaf", v.property());
        assertEquals(6, v.steps().size(), trace);
        assertTrue(v.trace().get(3).contains("flushes by IPI to cpu0; lazy cpus 0,1 switched to init_mm behind the"
                + " scheduler's back, the per-CPU record of cpus 0,1 still names M"), trace);
        assertFalse(v.trace().get(3).contains("leave_mm()"), "the flush step names no leave that did not run: " + trace);
        assertTrue(v.trace().get(4).startsWith("cpu1: arch_shoot_down_dead_mm() switches this CPU to init_mm"), trace);
        assertTrue(v.trace().get(5).endsWith("M is freed while cpu0's per-CPU record still names it"), trace);
        assertTrue(ModelChecker.check(withDivergences(x86, List.of()), Scheme.SEED, strategy, 3, EfiMode.IRQS_OFF).safe(),
                "the same x86 whose arch leaves also moved the per-CPU record");
    }

    /** The record is the mask-free one: x86 and every variant are safe with ipi-scan and ipi-all. */
    @Test
    void theSeedsScanAndAllStrategiesReachTheCpusTheArchTookOutOfTheMask() {
        for (ArchProfile p : ArchProfiles.family("x86")) {
            for (Strategy s : List.of(Strategy.IPI_SCAN, Strategy.IPI_ALL)) {
                assertTrue(ModelChecker.check(p, Scheme.SEED, s, 3, EfiMode.IRQS_OFF).safe(), p.name() + " " + s.word());
            }
        }
    }

    /**
     * The arch-leave transition alone: cpu0 goes lazy, cpu1 runs and ends M's thread, cpu0 leaves M in deep idle
     * (active_mm, or the seed's per-CPU record, stays M), exit_mmap (the flush does not switch cpu1), the shoot-down
     * reaches cpu1 only, mmdrop: 7 steps, under either scheme's ipi-cpumask. The EFI switch ends the fixed way, so it
     * cannot make the records differ.
     */
    @ParameterizedTest
    @ValueSource(strings = {"upstream", "seed"})
    void anArchLeaveBehindTheSchedulersBackBreaksIpiCpumaskButNotIpiScan(String word) {
        Scheme scheme = Scheme.ofWord(word);
        String record = scheme == Scheme.SEED ? "per-CPU record" : "active_mm";
        Verdict v = ModelChecker.check(toy(List.of(IDLE_LEAVE)), scheme, Strategy.IPI_CPUMASK, 2, EfiMode.IRQS_ON_FIXED);
        assertEquals("no-uaf", v.property());
        assertEquals(7, v.steps().size(), String.join("\n", v.trace()));
        assertTrue(v.trace().contains("cpu0: the arch switches the lazy CPU to init_mm (leave_mm()): M leaves its MMU and"
                + " mm_cpumask(M); " + (scheme == Scheme.SEED ? "the " : "") + record + " still names M"),
                String.join("\n", v.trace()));
        assertTrue(v.trace().get(6).endsWith("M is freed while cpu0's " + record + " still names it"), v.trace().get(6));
        assertTrue(ModelChecker.check(toy(List.of()), scheme, Strategy.IPI_CPUMASK, 2, EfiMode.IRQS_ON_FIXED).safe());
        assertTrue(ModelChecker.check(toy(List.of(IDLE_LEAVE)), Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_ON_FIXED).safe(),
                "ipi-scan reads the scheduler's record, not the mask");
    }

    /** Two CPUs running {@code task0} and a kernel thread whose lazy task holds M; mm_count 1. */
    private static MmState withLazyKernelThreadOnCpu1(int task0, int loaded0, int loaded1) {
        MmState st = new MmState(2);
        st.task[0] = task0;
        st.loaded[0] = loaded0;
        st.task[1] = MmState.KTHREAD;
        st.loaded[1] = loaded1;
        st.lazyRef[1] = true;
        st.count = 1;
        return st;
    }

    /** cpu0 runs __mmput(); cpu1 is a kernel thread whose arch left M (init_mm loaded, out of the mask) but whose record is M. */
    private static MmState divergedAfterExitMmap() {
        MmState st = withLazyKernelThreadOnCpu1(MmState.EXITED, MmState.INIT_MM, MmState.INIT_MM);
        st.userExited = true;
        st.phase = MmState.TABLES_FREED;
        st.putter = 0;
        return st;
    }

    @Test
    void ipiScanReachesACpuTheArchTookOutOfTheMask() {
        MmState st = divergedAfterExitMmap();
        LazyMmModel scan = new LazyMmModel(ArchProfiles.get("x86"), Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_OFF);
        List<String> words = new ArrayList<>();
        assertNull(scan.apply(st, 0, LazyMmModel.SHOOT_DOWN, words));
        assertFalse(st.lazyRef[1], "cpu1's record moved to init_mm");
        assertTrue(words.get(0).contains("per-CPU record is M = cpu1"), words.toString());
        assertNull(scan.apply(st, 0, LazyMmModel.MMDROP_USERS, null));

        MmState missed = divergedAfterExitMmap();
        LazyMmModel upstream = new LazyMmModel(ArchProfiles.get("x86"), Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 2,
                EfiMode.IRQS_OFF);
        assertNull(upstream.apply(missed, 0, LazyMmModel.SHOOT_DOWN, null));
        assertTrue(missed.lazyRef[1], "not in the mask, not interrupted");
        assertEquals(Property.NO_UAF, upstream.apply(missed, 0, LazyMmModel.MMDROP_USERS, null));
    }

    @Test
    void theArchLeaveIsEnabledOnlyOnALazyCpuWithMLoadedWhereTheProfileDiverges() {
        MmState st = withLazyKernelThreadOnCpu1(MmState.USER, MmState.MM, MmState.MM);
        st.mask[1] = true;
        st.users = 1;
        LazyMmModel x86 = new LazyMmModel(ArchProfiles.get("x86"), Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 2, EfiMode.IRQS_OFF);
        assertFalse(x86.enabled(st, 0, LazyMmModel.ARCH_LEAVE), "cpu0 runs M's thread: not lazy");
        assertTrue(x86.enabled(st, 1, LazyMmModel.ARCH_LEAVE));
        assertFalse(new LazyMmModel(ArchProfiles.get("powerpc"), Scheme.UPSTREAM, Strategy.IPI_CPUMASK, 2, EfiMode.IRQS_OFF)
                .enabled(st, 1, LazyMmModel.ARCH_LEAVE));
        assertNull(x86.apply(st, 1, LazyMmModel.ARCH_LEAVE, null));
        assertEquals(MmState.INIT_MM, st.loaded[1]);
        assertFalse(st.mask[1]);
        assertTrue(x86.recordIsM(st, 1), "active_mm still M");
    }

    /**
     * EFI with interrupts on: the old restore revives a dead mm on every arch and strategy but refcount; the fixed end
     * (current->mm ?: &init_mm) cannot, so the strategy's verdict with interrupts off comes back.
     */
    @Test
    void theEfiFixTurnsUnsafeIntoSafe() {
        for (ArchProfile p : ArchProfiles.load()) {
            for (Strategy s : List.of(Strategy.IPI_SCAN, Strategy.IPI_ALL)) {
                assertEquals("no-uaf", ModelChecker.check(p, Scheme.SEED, s, 2, EfiMode.IRQS_ON).property(), p.name() + " " + s);
                assertTrue(ModelChecker.check(p, Scheme.SEED, s, 2, EfiMode.IRQS_ON_FIXED).safe(), p.name() + " " + s);
            }
        }
    }

    @Test
    void theFixedEfiEndSwitchesToInitMmNotToTheSavedMm() {
        MmState st = new MmState(2);
        st.task[0] = MmState.KTHREAD;
        st.loaded[0] = MmState.EFI_MM;
        st.saved[0] = MmState.MM;
        st.lazyRef[0] = true;
        st.task[1] = MmState.IDLE;
        st.count = 1;
        st.phase = MmState.FREED;
        st.zeroSeen = true;
        LazyMmModel fixed = new LazyMmModel(ArchProfiles.get("x86"), Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_ON_FIXED);
        assertNull(fixed.apply(st, 0, LazyMmModel.EFI_EXIT, null));
        assertEquals(MmState.INIT_MM, st.loaded[0]);
        assertFalse(st.lazyRef[0]);
        MmState old = st.copy();
        old.loaded[0] = MmState.EFI_MM;
        old.saved[0] = MmState.MM;
        new LazyMmModel(ArchProfiles.get("x86"), Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_ON).apply(old, 0,
                LazyMmModel.EFI_EXIT, null);
        assertEquals(MmState.MM, old.loaded[0], "the old restore loads the saved, freed M");
    }
}
