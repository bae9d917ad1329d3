package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;

/**
 * A CPU going offline leaves cpu_online_mask before idle_task_exit() switches it off its mm; a seed
 * shoot-down that does not wait for it misses it in that window.
 */
class HotplugWindowTest {
    private static final ArchProfile X86 = ArchProfiles.get("x86");
    private static final List<Strategy> SHOOT_DOWNS = List.of(Strategy.PIGGYBACK, Strategy.IPI_CPUMASK,
            Strategy.IPI_SCAN, Strategy.IPI_ALL);

    /** cpu0 runs __mmput() with M's page tables freed; cpu1 idles lazily on M and has left the online mask. */
    private static MmState dyingOnM() {
        MmState st = new MmState(2);
        st.task[0] = MmState.EXITED;
        st.loaded[0] = MmState.INIT_MM;
        st.task[1] = MmState.DYING;
        st.loaded[1] = MmState.MM;
        st.mask[1] = true;
        st.lazyRef[1] = true;
        st.userExited = true;
        st.count = 1;
        st.phase = MmState.TABLES_FREED;
        st.putter = 0;
        return st;
    }

    @Test
    void goingOfflineFirstLeavesTheOnlineMaskWithTheMmStillLoaded() {
        MmState st = new MmState(2);
        st.task[1] = MmState.IDLE;
        st.loaded[1] = MmState.MM;
        st.lazyRef[1] = true;
        st.users = 1;
        st.count = 1;
        LazyMmModel model = new LazyMmModel(X86, Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_OFF);
        assertTrue(model.enabled(st, 1, LazyMmModel.GO_OFFLINE));
        assertNull(model.apply(st, 1, LazyMmModel.GO_OFFLINE, null));
        assertEquals(MmState.DYING, st.task[1]);
        assertFalse(st.online(1));
        assertEquals(MmState.MM, st.loaded[1]);
        assertTrue(model.recordIsM(st, 1), "the per-CPU record is unchanged");
        assertFalse(model.enabled(st, 0, LazyMmModel.GO_OFFLINE), "cpus_write_lock: one CPU goes down at a time");
        assertNull(model.apply(st, 1, LazyMmModel.IDLE_TASK_EXIT, null));
        assertEquals(MmState.OFFLINE, st.task[1]);
        assertEquals(MmState.INIT_MM, st.loaded[1]);
        assertFalse(model.recordIsM(st, 1));
    }

    @Test
    void theShootDownWaitsForIdleTaskExitOfACpuGoingOfflineOnM() {
        MmState st = dyingOnM();
        LazyMmModel waiting = new LazyMmModel(X86, Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_OFF);
        assertFalse(waiting.enabled(st, 0, LazyMmModel.SHOOT_DOWN));
        assertNull(waiting.apply(st, 1, LazyMmModel.IDLE_TASK_EXIT, null));
        assertTrue(waiting.enabled(st, 0, LazyMmModel.SHOOT_DOWN), "cpu1 has recorded init_mm");
        st = dyingOnM();
        LazyMmModel unwaited = new LazyMmModel(X86, Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_OFF, false, false);
        assertTrue(unwaited.enabled(st, 0, LazyMmModel.SHOOT_DOWN));
        assertFalse(unwaited.shootDownTargets(st)[1], "ipi-scan walks online CPUs only, so the dying cpu1 gets no IPI");
        assertNull(unwaited.apply(st, 0, LazyMmModel.SHOOT_DOWN, null));
        assertEquals(Property.NO_UAF, unwaited.apply(st, 0, LazyMmModel.MMDROP_USERS, null),
                "M is freed while the dying cpu1 still has it loaded");
    }

    /** Unlike cpus_read_lock(), the wait does not hold off a shoot-down for a CPU going offline on another mm. */
    @Test
    void aCpuGoingOfflineOnAnotherMmDoesNotHoldOffTheShootDown() {
        MmState st = dyingOnM();
        st.loaded[1] = MmState.INIT_MM;
        st.mask[1] = false;
        st.lazyRef[1] = false;
        assertTrue(new LazyMmModel(X86, Scheme.SEED, Strategy.IPI_SCAN, 2, EfiMode.IRQS_OFF)
                .enabled(st, 0, LazyMmModel.SHOOT_DOWN));
    }

    /** Without the wait every seed shoot-down strategy is unsafe on every arch; with it, the shipped verdicts stand. */
    @Test
    void withoutTheLockEverySeedShootDownIsUnsafe() {
        for (ArchProfile profile : ArchProfiles.load()) {
            for (Strategy strategy : SHOOT_DOWNS) {
                for (int cpus = 2; cpus <= 3; cpus++) {
                    Checker.Result unwaited = Checker.explore(
                            new LazyMmModel(profile, Scheme.SEED, strategy, cpus, EfiMode.IRQS_OFF, true, false));
                    String pair = profile.name() + " seed/" + strategy.word() + " " + cpus + " CPUs";
                    assertFalse(unwaited.safe(), pair);
                    assertEquals(Property.NO_UAF, unwaited.broken(), pair);
                }
            }
        }
    }

    /** Where the wait is the whole difference, the counterexample is the hotplug window. */
    @Test
    void theUnwaitedCounterexampleForIpiScanIsTheHotplugWindow() {
        for (String arch : List.of("x86", "arm64")) {
            ArchProfile profile = ArchProfiles.get(arch);
            for (Strategy strategy : List.of(Strategy.IPI_SCAN, Strategy.IPI_ALL)) {
                assertTrue(ModelChecker.check(profile, Scheme.SEED, strategy, 3, EfiMode.IRQS_OFF).safe(),
                        arch + " " + strategy.word() + " with the wait");
                List<String> trace = Checker.explore(
                        new LazyMmModel(profile, Scheme.SEED, strategy, 3, EfiMode.IRQS_OFF, true, false)).trace();
                String all = String.join("\n", trace);
                assertTrue(all.contains("leaves cpu_online_mask (set_cpu_online(cpu, false)) with M still loaded"), all);
                assertTrue(trace.get(trace.size() - 1).contains("has it loaded"), all);
                assertFalse(all.contains("idle_task_exit()"), "M is freed before the dying CPU's idle_task_exit():\n" + all);
            }
        }
    }
}
