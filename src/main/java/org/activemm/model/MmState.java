package org.activemm.model;

/**
 * One state of the lazy-mm model, decoded for editing; {@link #encode()} packs it into a long
 * (10 bits per CPU, up to 4 CPUs, then the mm's fields) so the checker stores 8 bytes a state.
 */
final class MmState {
    static final int MAX_CPUS = 4;

    // task kinds
    static final int USER = 0;      // a user thread of M
    static final int KTHREAD = 1;   // a kernel thread: lazy, keeps the loaded mm
    static final int IDLE = 2;      // the idle task: lazy as well
    static final int OTHER = 3;     // a user thread of another process
    static final int EXITED = 4;    // M's user thread after exit_mm(): lazy until it schedules away
    static final int OFFLINE = 5;
    static final int DYING = 6;     // idle, out of cpu_online_mask, its mm still loaded until idle_task_exit()

    // loaded (and saved) mm
    static final int INIT_MM = 0;
    static final int MM = 1;
    static final int EFI_MM = 2;
    static final int OTHER_MM = 3;

    // M's teardown phase
    static final int LIVE = 0;
    static final int TABLES_FREED = 1;   // exit_mmap done
    static final int SHOT_DOWN = 2;      // the scheme's exit step done
    static final int DROPPED = 3;        // the users' mm_count reference dropped, lazy references remain
    static final int FREED = 4;

    final int cpus;
    final int[] task;
    final int[] loaded;
    /** The running lazy task's active_mm is M (in refcount it holds one mm_count). */
    final boolean[] lazyRef;
    /** A kernel thread has M through kthread_use_mm() (holds one mm_users). */
    final boolean[] borrowed;
    /** The mm an EFI call saved, meaningful while loaded is efi_mm. */
    final int[] saved;
    /** The CPU is in mm_cpumask(M). */
    final boolean[] mask;
    int users;
    int count;
    boolean userExited;
    int phase;
    /** The CPU running __mmput() (the last mmput), or -1. */
    int putter;
    boolean zeroSeen;

    MmState(int cpus) {
        this.cpus = cpus;
        task = new int[cpus];
        loaded = new int[cpus];
        lazyRef = new boolean[cpus];
        borrowed = new boolean[cpus];
        saved = new int[cpus];
        mask = new boolean[cpus];
        putter = -1;
    }

    // bit positions of the packed form, for the hot paths that read it without decoding
    static final int GLOBALS = 40;
    static final int PHASE_SHIFT = GLOBALS + 7;
    static final int PUTTER_SHIFT = GLOBALS + 10;

    static int cpuBits(long s, int c) {
        return (int) (s >>> (10 * c)) & 0x3ff;
    }

    static int users(long s) {
        return (int) (s >>> GLOBALS) & 7;
    }

    static int phase(long s) {
        return (int) (s >>> PHASE_SHIFT) & 7;
    }

    static int putter(long s) {
        return (int) ((s >>> PUTTER_SHIFT) & 7) - 1;
    }

    /** {@code s} with its CPUs laid out as {@code cpuBits} and the putter replaced. */
    static long withCpus(long s, int cpus, int[] cpuBits, int putter) {
        long out = s & ~((1L << (10 * cpus)) - 1) & ~(7L << PUTTER_SHIFT);
        for (int c = 0; c < cpus; c++) {
            out |= (long) cpuBits[c] << (10 * c);
        }
        return out | ((long) (putter + 1) << PUTTER_SHIFT);
    }

    static MmState decode(long s, int cpus) {
        MmState st = new MmState(cpus);
        for (int c = 0; c < cpus; c++) {
            int bits = cpuBits(s, c);
            st.task[c] = bits & 7;
            st.loaded[c] = (bits >>> 3) & 3;
            st.lazyRef[c] = (bits & (1 << 5)) != 0;
            st.borrowed[c] = (bits & (1 << 6)) != 0;
            st.saved[c] = (bits >>> 7) & 3;
            st.mask[c] = (bits & (1 << 9)) != 0;
        }
        long g = s >>> GLOBALS;
        st.users = (int) (g & 7);
        st.count = (int) ((g >>> 3) & 7);
        st.userExited = (g & (1 << 6)) != 0;
        st.phase = (int) ((g >>> 7) & 7);
        st.putter = (int) ((g >>> 10) & 7) - 1;
        st.zeroSeen = (g & (1 << 13)) != 0;
        return st;
    }

    long encode() {
        long s = 0;
        for (int c = 0; c < cpus; c++) {
            long bits = task[c] | (loaded[c] << 3) | (lazyRef[c] ? 1 << 5 : 0) | (borrowed[c] ? 1 << 6 : 0)
                    | (saved[c] << 7) | (mask[c] ? 1 << 9 : 0);
            s |= bits << (10 * c);
        }
        long g = users | (Math.max(0, count) << 3) | (userExited ? 1 << 6 : 0) | (phase << 7)
                | ((putter + 1) << 10) | (zeroSeen ? 1 << 13 : 0);
        return s | (g << GLOBALS);
    }

    MmState copy() {
        MmState st = new MmState(cpus);
        System.arraycopy(task, 0, st.task, 0, cpus);
        System.arraycopy(loaded, 0, st.loaded, 0, cpus);
        System.arraycopy(lazyRef, 0, st.lazyRef, 0, cpus);
        System.arraycopy(borrowed, 0, st.borrowed, 0, cpus);
        System.arraycopy(saved, 0, st.saved, 0, cpus);
        System.arraycopy(mask, 0, st.mask, 0, cpus);
        st.users = users;
        st.count = count;
        st.userExited = userExited;
        st.phase = phase;
        st.putter = putter;
        st.zeroSeen = zeroSeen;
        return st;
    }

    boolean lazy(int c) {
        return task[c] == KTHREAD || task[c] == IDLE || task[c] == EXITED;
    }

    boolean online(int c) {
        return task[c] != OFFLINE && task[c] != DYING;
    }

    /** A CPU is between leaving cpu_online_mask and idle_task_exit(): the hotplug control path holds cpus_write_lock. */
    boolean anyDying() {
        for (int c = 0; c < cpus; c++) {
            if (task[c] == DYING) {
                return true;
            }
        }
        return false;
    }

    boolean inEfi(int c) {
        return loaded[c] == EFI_MM;
    }
}
