package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;

/** The model's actions and properties on hand-built states and profiles whose answers are known. */
class LazyMmModelTest {
    private static final ArchProfile X86 = ArchProfiles.get("x86");

    private static ArchProfile x86With(CpumaskTracking cpumask) {
        return new ArchProfile("toy", "toy", null, "hand-built", RemoteFlush.IPI, cpumask, true, false,
                PgtableFree.IPI, List.of(), "", "arch/toy/Kconfig", List.of("hand-built"));
    }

    /** cpu0 runs __mmput() for M; cpu1 is a kernel thread; the caller sets the rest. */
    private static MmState tornDown(int phase) {
        MmState st = new MmState(2);
        st.task[0] = MmState.EXITED;
        st.loaded[0] = MmState.INIT_MM;
        st.task[1] = MmState.KTHREAD;
        st.loaded[1] = MmState.INIT_MM;
        st.users = 0;
        st.count = 1;
        st.userExited = true;
        st.phase = phase;
        st.putter = 0;
        return st;
    }

    @Test
    void encodingRoundTripsEveryField() throws IllegalAccessException {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            int cpus = 1 + random.nextInt(4);
            MmState st = new MmState(cpus);
            for (int c = 0; c < cpus; c++) {
                st.task[c] = random.nextInt(7);
                st.loaded[c] = random.nextInt(4);
                st.lazyRef[c] = random.nextBoolean();
                st.borrowed[c] = random.nextBoolean();
                st.saved[c] = random.nextInt(4);
                st.mask[c] = random.nextBoolean();
            }
            st.users = random.nextInt(6);
            st.count = random.nextInt(6);
            st.userExited = random.nextBoolean();
            st.phase = random.nextInt(5);
            st.putter = random.nextInt(cpus + 1) - 1;
            st.zeroSeen = random.nextBoolean();
            long code = st.encode();
            assertEquals(code, MmState.decode(code, cpus).encode());
            assertSameFields(st, MmState.decode(code, cpus));
        }
    }

    /** Every instance field, found by reflection, so a field that encode() leaves out fails here. */
    private static void assertSameFields(MmState expected, MmState actual) throws IllegalAccessException {
        int compared = 0;
        for (Field field : MmState.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object want = field.get(expected);
            Object got = field.get(actual);
            assertTrue(Objects.deepEquals(want, got), field.getName() + ": " + describe(want) + " became "
                    + describe(got));
            compared++;
        }
        assertTrue(compared >= 13, "compared " + compared + " fields");
    }

    private static String describe(Object value) {
        return value instanceof int[] ints ? Arrays.toString(ints)
                : value instanceof boolean[] bools ? Arrays.toString(bools) : String.valueOf(value);
    }

    @Test
    void freeingWhileAnEfiCallHasMSavedIsAUseAfterFree() {
        MmState st = tornDown(MmState.SHOT_DOWN);
        st.loaded[1] = MmState.EFI_MM;
        st.saved[1] = MmState.MM;
        LazyMmModel model = new LazyMmModel(X86, Scheme.SEED, Strategy.IPI_ALL, 2, EfiMode.IRQS_ON);
        assertTrue(model.enabled(st, 0, LazyMmModel.MMDROP_USERS));
        assertEquals(Property.NO_UAF, model.apply(st, 0, LazyMmModel.MMDROP_USERS, null));
    }

    @Test
    void freeingWithNoCpuOnMIsFine() {
        MmState st = tornDown(MmState.SHOT_DOWN);
        LazyMmModel model = new LazyMmModel(X86, Scheme.SEED, Strategy.IPI_ALL, 2, EfiMode.IRQS_ON);
        assertNull(model.apply(st, 0, LazyMmModel.MMDROP_USERS, null));
        assertEquals(MmState.FREED, st.phase);
    }

    @Test
    void aSecondDropToZeroBreaksRefcountSanity() {
        MmState st = tornDown(MmState.DROPPED);
        st.putter = -1;
        st.count = 1;
        st.zeroSeen = true;
        st.lazyRef[1] = true;
        LazyMmModel model = new LazyMmModel(X86, Scheme.SEED, Strategy.REFCOUNT, 2, EfiMode.IRQS_OFF);
        assertEquals(Property.REFCOUNT_SANE, model.apply(st, 1, LazyMmModel.RUN_OTHER, null));
    }

    @Test
    void aDropBelowZeroBreaksRefcountSanity() {
        MmState st = tornDown(MmState.DROPPED);
        st.putter = -1;
        st.count = 0;
        st.lazyRef[1] = true;
        LazyMmModel model = new LazyMmModel(X86, Scheme.SEED, Strategy.REFCOUNT, 2, EfiMode.IRQS_OFF);
        assertEquals(Property.REFCOUNT_SANE, model.apply(st, 1, LazyMmModel.RUN_OTHER, null));
    }

    @Test
    void anIpiFlushThatMissesALazyCpuIsAStaleWalk() {
        MmState st = tornDown(MmState.LIVE);
        st.loaded[1] = MmState.MM;   // lazy on M, but not in mm_cpumask
        LazyMmModel model = new LazyMmModel(x86With(CpumaskTracking.NONE), Scheme.SEED, Strategy.PIGGYBACK, 2, EfiMode.IRQS_OFF);
        assertEquals(Property.NO_STALE_WALK, model.apply(st, 0, LazyMmModel.EXIT_MMAP, null));
    }

    @Test
    void anIpiFlushToATrackedLazyCpuSwitchesIt() {
        MmState st = tornDown(MmState.LIVE);
        st.loaded[1] = MmState.MM;
        st.mask[1] = true;
        LazyMmModel model = new LazyMmModel(X86, Scheme.SEED, Strategy.PIGGYBACK, 2, EfiMode.IRQS_OFF);
        assertNull(model.apply(st, 0, LazyMmModel.EXIT_MMAP, null));
        assertEquals(MmState.INIT_MM, st.loaded[1]);
        assertFalse(st.mask[1]);
    }

    @Test
    void anIpiWaitsForACpuWithInterruptsOff() {
        MmState st = tornDown(MmState.TABLES_FREED);
        st.loaded[1] = MmState.EFI_MM;
        st.saved[1] = MmState.INIT_MM;
        assertFalse(new LazyMmModel(X86, Scheme.SEED, Strategy.IPI_ALL, 2, EfiMode.IRQS_OFF).enabled(st, 0, LazyMmModel.SHOOT_DOWN));
        assertTrue(new LazyMmModel(X86, Scheme.SEED, Strategy.IPI_ALL, 2, EfiMode.IRQS_ON).enabled(st, 0, LazyMmModel.SHOOT_DOWN));
        assertTrue(new LazyMmModel(X86, Scheme.SEED, Strategy.PIGGYBACK, 2, EfiMode.IRQS_OFF).enabled(st, 0, LazyMmModel.SHOOT_DOWN),
                "piggyback sends no IPI, so nothing waits");
    }

    @Test
    void aStaleWalkIsFoundByTheSearchWithItsShortestTrace() {
        Verdict v = ModelChecker.check(x86With(CpumaskTracking.NONE), Scheme.SEED, Strategy.IPI_ALL, 2, EfiMode.IRQS_OFF);
        assertEquals("no-stale-walk", v.property());
        // cpu0 goes lazy on M, cpu1 runs and ends M's thread, exit_mmap IPIs nobody but itself
        assertEquals(4, v.trace().size(), String.join("\n", v.trace()));
        assertTrue(v.trace().get(3).endsWith("cpu0 was not flushed and may walk the freed page tables"), v.trace().get(3));
    }

    @Test
    void theInitialStateHasMRunningOnCpu0Only() {
        LazyMmModel model = new LazyMmModel(X86, Scheme.SEED, Strategy.REFCOUNT, 3, EfiMode.IRQS_OFF);
        assertEquals("cpu0 M's user thread, M loaded, in mm_cpumask(M) | cpu1 idle, init_mm loaded"
                + " | cpu2 idle, init_mm loaded | M: mm_users 1, mm_count 1, page tables live",
                model.describeState(model.initial()));
        List<String> actions = new ArrayList<>();
        model.successors(model.initial(), (action, next, broken) -> actions.add(model.describe(model.initial(), action)));
        assertTrue(actions.contains("cpu0: M's user thread exits; exit_mm() leaves this CPU lazy on M; mmgrab(M): mm_count 2;"
                + " mmput(): mm_users 0; that was the last user, this CPU runs __mmput()"), actions.toString());
        assertFalse(actions.contains("cpu1: switches to M's user thread, loading M"),
                "the one user thread is already running on cpu0");
    }
}
