package org.activemm.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

import org.activemm.sites.Scheme;

import static org.activemm.model.MmState.DROPPED;
import static org.activemm.model.MmState.DYING;
import static org.activemm.model.MmState.EFI_MM;
import static org.activemm.model.MmState.EXITED;
import static org.activemm.model.MmState.FREED;
import static org.activemm.model.MmState.IDLE;
import static org.activemm.model.MmState.INIT_MM;
import static org.activemm.model.MmState.KTHREAD;
import static org.activemm.model.MmState.LIVE;
import static org.activemm.model.MmState.MM;
import static org.activemm.model.MmState.OFFLINE;
import static org.activemm.model.MmState.OTHER;
import static org.activemm.model.MmState.OTHER_MM;
import static org.activemm.model.MmState.SHOT_DOWN;
import static org.activemm.model.MmState.TABLES_FREED;
import static org.activemm.model.MmState.USER;

/**
 * The lazy-mm model for one arch profile, scheme, strategy, CPU count and EFI mode. The mm under
 * study is M, with one user thread; it starts running on cpu0, the other CPUs idle on init_mm.
 * An action code is {@code cpu * 16 + kind}.
 *
 * <p>Two records of the loaded mm: the arch's ({@code loaded}, with {@code mask}: what the MMU has
 * and what mm_cpumask() tracks) and the scheduler's (the running task's active_mm, or under the seed
 * scheme the core's per-CPU record, whatever the strategy: the generated series writes it at the
 * places that wrote active_mm, so an arch that switches behind the scheduler's back leaves it stale).
 * The scheduler's record is M on a CPU that runs M's user thread or whose lazy task holds M
 * ({@code lazyRef}); {@link #recordIsM} says when it is, and where the two can differ.
 */
public final class LazyMmModel implements TransitionSystem {
    static final int RUN_USER = 0;
    static final int RUN_KTHREAD = 1;
    static final int RUN_IDLE = 2;
    static final int RUN_OTHER = 3;
    static final int BORROW = 4;
    static final int UNBORROW = 5;
    static final int USER_EXIT = 6;
    static final int EXIT_MMAP = 7;
    static final int SHOOT_DOWN = 8;
    static final int MMDROP_USERS = 9;
    static final int GO_OFFLINE = 10;
    static final int GO_ONLINE = 11;
    static final int EFI_ENTER = 12;
    static final int EFI_EXIT = 13;
    static final int ARCH_LEAVE = 14;
    static final int IDLE_TASK_EXIT = 15;
    private static final int KINDS = 16;

    private final ArchProfile profile;
    private final Scheme scheme;
    private final Strategy strategy;
    private final int cpus;
    private final EfiMode efi;
    private final boolean symmetry;
    private final boolean shootDownWaitsForDyingCpus;

    public LazyMmModel(ArchProfile profile, Scheme scheme, Strategy strategy, int cpus, EfiMode efi) {
        this(profile, scheme, strategy, cpus, efi, true);
    }

    /** {@code symmetry}: store one state per CPU permutation (CPUs are interchangeable in every action). */
    public LazyMmModel(ArchProfile profile, Scheme scheme, Strategy strategy, int cpus, EfiMode efi, boolean symmetry) {
        this(profile, scheme, strategy, cpus, efi, symmetry, true);
    }

    /**
     * {@code shootDownWaitsForDyingCpus}: the seed's arch_shoot_down_dead_mm() ends by waiting for every CPU going
     * offline with M still loaded, as the generated series has it; false models the body without the wait, which
     * misses such a CPU.
     */
    LazyMmModel(ArchProfile profile, Scheme scheme, Strategy strategy, int cpus, EfiMode efi, boolean symmetry,
            boolean shootDownWaitsForDyingCpus) {
        if (cpus < 1 || cpus > MmState.MAX_CPUS) {
            throw new IllegalArgumentException("cpus must be 1.." + MmState.MAX_CPUS + ": " + cpus);
        }
        this.profile = profile;
        this.scheme = scheme;
        this.strategy = strategy;
        this.cpus = cpus;
        this.efi = efi;
        this.symmetry = symmetry;
        this.shootDownWaitsForDyingCpus = shootDownWaitsForDyingCpus;
    }

    @Override
    public long initial() {
        MmState st = new MmState(cpus);
        for (int c = 0; c < cpus; c++) {
            st.task[c] = c == 0 ? USER : IDLE;
            st.loaded[c] = c == 0 ? MM : INIT_MM;
            st.mask[c] = c == 0 && profile.tracksCpumask();
        }
        st.users = 1;
        st.count = 1;
        return st.encode();
    }

    @Override
    public void successors(long state, Sink sink) {
        MmState base = MmState.decode(state, cpus);
        for (int c = 0; c < cpus; c++) {
            for (int kind = 0; kind < KINDS; kind++) {
                if (enabled(base, c, kind)) {
                    MmState st = base.copy();
                    Property broken = apply(st, c, kind, null);
                    sink.next(c * 16 + kind, st.encode(), broken);
                }
            }
        }
    }

    /** CPUs sorted by their fields (the __mmput() CPU marked), the putter index remapped. */
    @Override
    public long canonical(long state) {
        if (!symmetry) {
            return state;
        }
        int[] order = order(state);
        int putter = MmState.putter(state);
        int[] bits = new int[cpus];
        int newPutter = -1;
        for (int i = 0; i < cpus; i++) {
            bits[i] = MmState.cpuBits(state, order[i]);
            if (order[i] == putter) {
                newPutter = i;
            }
        }
        return MmState.withCpus(state, cpus, bits, newPutter);
    }

    @Override
    public int concreteAction(long concrete, int action) {
        return symmetry ? order(concrete)[action / 16] * 16 + action % 16 : action;
    }

    /** order[i] is the concrete CPU at position i of the representative. */
    private int[] order(long state) {
        int putter = MmState.putter(state);
        long[] keys = new long[cpus];
        for (int c = 0; c < cpus; c++) {
            keys[c] = ((long) MmState.cpuBits(state, c) << 4) | (c == putter ? 8 : 0) | c;
        }
        Arrays.sort(keys);
        int[] order = new int[cpus];
        for (int i = 0; i < cpus; i++) {
            order[i] = (int) (keys[i] & 7);
        }
        return order;
    }

    @Override
    public boolean quiescent(long state) {
        if (MmState.users(state) != 0) {
            return false;
        }
        for (int c = 0; c < cpus; c++) {
            int bits = MmState.cpuBits(state, c);
            int loaded = (bits >>> 3) & 3;
            if (loaded == MM || loaded == EFI_MM && ((bits >>> 7) & 3) == MM && efi != EfiMode.IRQS_ON_FIXED) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean freed(long state) {
        return MmState.phase(state) == FREED;
    }

    @Override
    public String describe(long state, int action) {
        MmState st = MmState.decode(state, cpus);
        List<String> words = new ArrayList<>();
        apply(st, action / 16, action % 16, words);
        return "cpu" + action / 16 + ": " + String.join("; ", words);
    }

    @Override
    public String describeState(long state) {
        MmState st = MmState.decode(state, cpus);
        StringJoiner out = new StringJoiner(" | ");
        for (int c = 0; c < cpus; c++) {
            String where = switch (st.task[c]) {
                case USER -> "M's user thread";
                case KTHREAD -> st.borrowed[c] ? "kernel thread using M (kthread_use_mm)" : "kernel thread";
                case IDLE -> "idle";
                case DYING -> "going offline (out of cpu_online_mask, before idle_task_exit())";
                case OTHER -> "another process";
                case EXITED -> "M's exited thread";
                default -> "offline";
            };
            String mm = st.inEfi(c) ? "efi_mm loaded, saved " + mmName(st.saved[c]) : mmName(st.loaded[c]) + " loaded";
            boolean recordOnly = recordIsM(st, c) && st.loaded[c] != MM;
            out.add("cpu" + c + " " + where + ", " + mm + (st.mask[c] ? ", in mm_cpumask(M)" : "")
                    + (recordOnly ? ", " + theRecord() + " still M" : ""));
        }
        out.add("M: " + describeSubject(state));
        return out.toString();
    }

    @Override
    public int actor(int action) {
        return action / 16;
    }

    @Override
    public String describeSubject(long state) {
        MmState st = MmState.decode(state, cpus);
        String phase = switch (st.phase) {
            case LIVE -> "page tables live";
            case TABLES_FREED -> "page tables freed";
            case SHOT_DOWN -> "page tables freed, shot down";
            case DROPPED -> "page tables freed, users' reference dropped";
            default -> "M freed";
        };
        return "mm_users " + st.users + ", mm_count " + st.count + ", " + phase;
    }

    private static String mmName(int mm) {
        return switch (mm) {
            case MM -> "M";
            case EFI_MM -> "efi_mm";
            case OTHER_MM -> "the other process's mm";
            default -> "init_mm";
        };
    }

    /**
     * The scheduler's record on {@code c} names M: the running or lazy task's active_mm (upstream) or
     * the core's per-CPU record (seed), which an EFI call with interrupts on points at efi_mm while it
     * runs.
     */
    boolean recordIsM(MmState st, int c) {
        if (st.inEfi(c) && efi.irqsOn()) {
            return false;
        }
        return st.task[c] == USER || st.lazyRef[c];
    }

    private String recordName() {
        return scheme == Scheme.SEED ? "per-CPU record" : "active_mm";
    }

    private String theRecord() {
        return scheme == Scheme.SEED ? "the " + recordName() : recordName();
    }

    private boolean irqsOff(MmState st, int c) {
        return st.inEfi(c) && efi == EfiMode.IRQS_OFF;
    }

    /** An IPI to {@code targets} cannot complete while a target other than the sender has interrupts off. */
    private boolean ipiBlocked(MmState st, int sender, boolean[] targets) {
        for (int d = 0; d < cpus; d++) {
            if (d != sender && targets[d] && irqsOff(st, d)) {
                return true;
            }
        }
        return false;
    }

    private boolean userRunning(MmState st) {
        for (int c = 0; c < cpus; c++) {
            if (st.task[c] == USER) {
                return true;
            }
        }
        return false;
    }

    private boolean anyInEfi(MmState st) {
        for (int c = 0; c < cpus; c++) {
            if (st.inEfi(c)) {
                return true;
            }
        }
        return false;
    }

    private int onlineCount(MmState st) {
        int n = 0;
        for (int c = 0; c < cpus; c++) {
            n += st.online(c) ? 1 : 0;
        }
        return n;
    }

    boolean enabled(MmState st, int c, int kind) {
        if (kind == GO_ONLINE) {
            return st.task[c] == OFFLINE;
        }
        if (kind == IDLE_TASK_EXIT) {
            return st.task[c] == DYING;
        }
        if (!st.online(c)) {
            return false;
        }
        if (kind == EFI_EXIT) {
            return st.inEfi(c);
        }
        if (st.inEfi(c)) {
            return false;
        }
        if (st.putter == c) {
            return switch (kind) {
                case EXIT_MMAP -> st.phase == LIVE && !ipiBlocked(st, c, exitMmapTargets(st));
                case SHOOT_DOWN -> strategy != Strategy.REFCOUNT && st.phase == TABLES_FREED
                        && !ipiBlocked(st, c, shootDownTargets(st)) && !(waitsForDyingCpus() && anyDyingOnM(st));
                case MMDROP_USERS -> st.phase == (strategy == Strategy.REFCOUNT ? TABLES_FREED : SHOT_DOWN);
                default -> false;
            };
        }
        boolean unborrowed = !st.borrowed[c];
        return switch (kind) {
            case RUN_USER -> unborrowed && st.task[c] != USER && !st.userExited && !userRunning(st);
            case RUN_KTHREAD -> unborrowed && st.task[c] != KTHREAD;
            case RUN_IDLE -> unborrowed && st.task[c] != IDLE;
            case RUN_OTHER -> unborrowed && st.task[c] != OTHER;
            case BORROW -> st.task[c] == KTHREAD && unborrowed && st.users > 0;
            case UNBORROW -> st.borrowed[c];
            case USER_EXIT -> st.task[c] == USER;
            // cpus_write_lock: one CPU goes down at a time; a pending shoot-down does not hold it off
            case GO_OFFLINE -> st.task[c] == IDLE && onlineCount(st) > 1 && !st.anyDying();
            case EFI_ENTER -> st.task[c] == KTHREAD && unborrowed && !anyInEfi(st);
            case ARCH_LEAVE -> profile.diverges() && st.lazy(c) && unborrowed && st.loaded[c] == MM;
            default -> false;
        };
    }

    /**
     * Under the seed scheme a CPU goes offline in two steps, as 6.5's takedown_cpu() has it: it leaves
     * cpu_online_mask with its mm still loaded, and only later does idle_task_exit() switch it to
     * init_mm. Under the upstream scheme the model keeps the one step it had (that window, where
     * cleanup_lazy_tlbs() skips the CPU too, is not modelled yet).
     */
    private Property idleTaskExit(MmState st, int c, List<String> words, String what) {
        say(words, what);
        leaveMm(st, c);
        st.task[c] = OFFLINE;
        return dropLazy(st, c, words);
    }

    /**
     * Under the seed scheme, with the generated series' fix, arch_shoot_down_dead_mm() ends by spinning until no
     * CPU going offline still has M loaded or recorded: it completes only once none has.
     */
    private boolean waitsForDyingCpus() {
        return shootDownWaitsForDyingCpus && scheme == Scheme.SEED;
    }

    /** A CPU between leaving cpu_online_mask and idle_task_exit() still has M loaded or as its record. */
    private boolean anyDyingOnM(MmState st) {
        for (int c = 0; c < cpus; c++) {
            if (st.task[c] == DYING && (st.loaded[c] == MM || recordIsM(st, c))) {
                return true;
            }
        }
        return false;
    }

    /** Which CPUs exit_mmap interrupts: the exit hook's set and, for an IPI flush, the mask. */
    private boolean[] exitMmapTargets(MmState st) {
        boolean[] targets = new boolean[cpus];
        for (int d = 0; d < cpus; d++) {
            boolean hook = profile.exitHookSwitchesLazy() && st.online(d) && st.loaded[d] == MM;
            boolean flush = profile.remoteFlush() == RemoteFlush.IPI && st.online(d) && st.mask[d];
            targets[d] = hook || flush;
        }
        return targets;
    }

    /** Which CPUs the strategy's exit step IPIs. */
    boolean[] shootDownTargets(MmState st) {
        boolean[] targets = new boolean[cpus];
        for (int d = 0; d < cpus; d++) {
            targets[d] = st.online(d) && switch (strategy) {
                case IPI_CPUMASK -> st.mask[d];
                case IPI_SCAN -> recordIsM(st, d);
                case IPI_ALL -> true;
                default -> false;
            };
        }
        return targets;
    }

    /** Applies an enabled action to {@code st}; returns the property it breaks, or null. */
    Property apply(MmState st, int c, int kind, List<String> words) {
        return switch (kind) {
            case RUN_USER, RUN_KTHREAD, RUN_IDLE, RUN_OTHER -> switchTask(st, c, kind, words);
            case BORROW -> borrow(st, c, words);
            case UNBORROW -> {
                st.borrowed[c] = false;
                st.users--;
                say(words, "kthread_unuse_mm() keeps M loaded lazily, then mmput(): mm_users " + st.users);
                lastUser(st, c, words);
                yield null;
            }
            case USER_EXIT -> {
                st.task[c] = EXITED;
                st.userExited = true;
                st.lazyRef[c] = true;
                say(words, "M's user thread exits; exit_mm() leaves this CPU lazy on M");
                grab(st, words);
                st.users--;
                say(words, "mmput(): mm_users " + st.users);
                lastUser(st, c, words);
                yield null;
            }
            case EXIT_MMAP -> exitMmap(st, c, words);
            case SHOOT_DOWN -> shootDown(st, c, words);
            case MMDROP_USERS -> {
                st.putter = -1;
                st.phase = DROPPED;
                say(words, "__mmput() ends with mmdrop() of the users' reference");
                yield drop(st, words);
            }
            case GO_OFFLINE -> {
                if (scheme == Scheme.UPSTREAM) {
                    yield idleTaskExit(st, c, words, "goes offline: idle_task_exit() switches to init_mm");
                }
                st.task[c] = DYING;
                say(words, "starts going offline under cpus_write_lock: leaves cpu_online_mask (set_cpu_online(cpu, false))"
                        + (st.loaded[c] == MM ? " with M still loaded" : "") + ", " + theRecord() + " unchanged");
                yield null;
            }
            case IDLE_TASK_EXIT -> idleTaskExit(st, c, words,
                    "idle_task_exit() switches to init_mm and records it; the hotplug path drops cpus_write_lock");
            case GO_ONLINE -> {
                st.task[c] = IDLE;
                st.loaded[c] = INIT_MM;
                say(words, "comes online, idle on init_mm");
                yield null;
            }
            case EFI_ENTER -> efiEnter(st, c, words);
            case ARCH_LEAVE -> {
                say(words, "the arch switches the lazy CPU to init_mm (" + divergenceFunctions()
                        + "): M leaves its MMU and mm_cpumask(M); " + theRecord() + " still names M");
                yield archLeave(st, c, words);
            }
            case EFI_EXIT -> efi == EfiMode.IRQS_ON_FIXED ? efiExitToOwnMm(st, c, words) : efiExitToSaved(st, c, words);
            default -> throw new IllegalArgumentException("no action kind " + kind);
        };
    }

    /**
     * Where the records diverge, what an arch switch of {@code switched} left behind. The step names the
     * switch that ran (flush, exit hook, EFI), so this names no divergence function.
     */
    private String staleRecords(List<Integer> switched) {
        if (!profile.diverges() || switched.isEmpty()) {
            return "";
        }
        return " behind the scheduler's back, " + theRecord() + " of " + cpuList(switched) + " still names M";
    }

    private String divergenceFunctions() {
        return String.join(", ", profile.recordDiverges().stream().map(RecordDivergence::function).toList());
    }

    /**
     * The arch switches {@code c} from M to init_mm. Where the profile says the two records diverge,
     * the scheduler's record keeps M; elsewhere the arch moves it too (powerpc's exit_lazy_flush_tlb()
     * sets active_mm to init_mm, which the seed series turns into a write of the per-CPU record, and
     * drops the lazy reference).
     */
    private Property archLeave(MmState st, int c, List<String> words) {
        leaveMm(st, c);
        return profile.diverges() ? null : dropLazy(st, c, words);
    }

    private Property efiExitToOwnMm(MmState st, int c, List<String> words) {
        st.loaded[c] = INIT_MM;
        st.saved[c] = INIT_MM;
        say(words, "the EFI call returns and switches to current->mm ?: &init_mm, which is init_mm for this kernel thread");
        return dropLazy(st, c, words);
    }

    private Property efiExitToSaved(MmState st, int c, List<String> words) {
        st.loaded[c] = st.saved[c];
        st.saved[c] = INIT_MM;
        if (st.loaded[c] == MM && profile.tracksCpumask()) {
            st.mask[c] = true;
        }
        say(words, "the EFI call returns and switches back to the saved " + mmName(st.loaded[c])
                + (st.loaded[c] == MM && st.phase == FREED ? ", which is already freed" : ""));
        return null;
    }

    private Property switchTask(MmState st, int c, int kind, List<String> words) {
        int prev = st.task[c];
        switch (kind) {
            case RUN_KTHREAD, RUN_IDLE -> {
                st.task[c] = kind == RUN_KTHREAD ? KTHREAD : IDLE;
                String to = kind == RUN_KTHREAD ? "a kernel thread" : "idle";
                say(words, "switches to " + to + (st.loaded[c] == MM
                        ? ", which borrows M lazily (M stays loaded)" : ", lazy on " + mmName(st.loaded[c])));
                if (prev == USER) {
                    st.lazyRef[c] = true;
                    grab(st, words);
                } else if (prev == OTHER) {
                    st.lazyRef[c] = false;
                }
                return null;
            }
            case RUN_USER -> {
                st.task[c] = USER;
                say(words, "switches to M's user thread" + (st.loaded[c] == MM ? " (M already loaded)" : ", loading M"));
                loadMm(st, c);
                return dropLazy(st, c, words);
            }
            default -> {
                st.task[c] = OTHER;
                say(words, "switches to a user thread of another process");
                leaveMm(st, c);
                st.loaded[c] = OTHER_MM;
                return dropLazy(st, c, words);
            }
        }
    }

    private Property borrow(MmState st, int c, List<String> words) {
        st.users++;
        st.borrowed[c] = true;
        say(words, "kernel thread borrows M with kthread_use_mm() (mm_users " + st.users + ")"
                + (st.loaded[c] == MM ? "" : ", loading M"));
        loadMm(st, c);
        if (!st.lazyRef[c]) {
            st.lazyRef[c] = true;
            grab(st, words);
        }
        return null;
    }

    private void lastUser(MmState st, int c, List<String> words) {
        if (st.users == 0) {
            st.putter = c;
            say(words, "that was the last user, this CPU runs __mmput()");
        }
    }

    private Property exitMmap(MmState st, int c, List<String> words) {
        Property broken = null;
        if (profile.exitHookSwitchesLazy()) {
            List<Integer> hit = new ArrayList<>();
            for (int d = 0; d < cpus; d++) {
                if (st.online(d) && st.loaded[d] == MM) {
                    hit.add(d);
                    broken = first(broken, archLeave(st, d, words));
                }
            }
            List<Integer> ipied = hit.stream().filter(d -> d != c).toList();
            say(words, "arch_exit_mmap() (xen_drop_mm_ref) switches " + cpuList(hit) + " to init_mm and IPIs "
                    + cpuList(ipied) + staleRecords(hit));
        }
        boolean[] flushed = new boolean[cpus];
        List<Integer> interrupted = new ArrayList<>();
        for (int d = 0; d < cpus; d++) {
            flushed[d] = d == c || st.online(d) && switch (profile.remoteFlush()) {
                case BROADCAST -> true;
                case IPI, HYPERCALL -> st.mask[d];
            };
            if (flushed[d] && d != c && profile.remoteFlush() == RemoteFlush.IPI) {
                interrupted.add(d);
            }
        }
        String how = switch (profile.remoteFlush()) {
            case IPI -> interrupted.isEmpty() ? "by IPI to no other CPU" : "by IPI to " + cpuList(interrupted);
            case BROADCAST -> "by hardware broadcast, no IPI";
            case HYPERCALL -> "by hypercall, interrupting no other CPU";
        };
        List<Integer> switched = new ArrayList<>();
        for (int d = 0; d < cpus; d++) {
            boolean runsHandler = d == c || interrupted.contains(d);
            if (runsHandler && profile.lazySwitchOnFlush() && st.loaded[d] == MM && st.lazy(d)) {
                broken = first(broken, archLeave(st, d, words));
                switched.add(d);
            }
        }
        List<Integer> stillLazy = cpusWithMmLoaded(st);
        say(words, "exit_mmap() frees the page tables and flushes " + how
                + (switched.isEmpty() ? "" : "; lazy " + cpuList(switched) + " switched to init_mm" + staleRecords(switched))
                + (stillLazy.isEmpty() ? "" : "; " + cpuList(stillLazy) + " still ha" + (stillLazy.size() == 1 ? "s" : "ve")
                        + " M loaded"));
        st.phase = TABLES_FREED;
        for (int d : stillLazy) {
            if (!flushed[d]) {
                say(words, "cpu" + d + " was not flushed and may walk the freed page tables");
                return Property.NO_STALE_WALK;
            }
        }
        return broken;
    }

    private static Property first(Property earlier, Property later) {
        return earlier != null ? earlier : later;
    }

    /**
     * The seed's piggyback and ipi-cpumask bodies first switch the exiting CPU away by its own record:
     * its exit_mmap() flush may have taken it out of the mask without moving the record.
     */
    private boolean switchesSelfFirst() {
        return scheme == Scheme.SEED && (strategy == Strategy.PIGGYBACK || strategy == Strategy.IPI_CPUMASK);
    }

    /** A shoot-down handler on {@code d}: a CPU whose record is M switches to init_mm and records it. */
    private boolean shootDownCpu(MmState st, int d) {
        if (!recordIsM(st, d)) {
            return false;
        }
        leaveMm(st, d);
        st.lazyRef[d] = false;
        return true;
    }

    private Property shootDown(MmState st, int c, List<String> words) {
        if (switchesSelfFirst() && shootDownCpu(st, c)) {
            say(words, "arch_shoot_down_dead_mm() switches this CPU to init_mm: its per-CPU record was M");
        }
        boolean[] targets = shootDownTargets(st);
        List<Integer> sent = new ArrayList<>();
        List<Integer> switched = new ArrayList<>();
        for (int d = 0; d < cpus; d++) {
            if (targets[d]) {
                sent.add(d);
                if (shootDownCpu(st, d)) {
                    switched.add(d);
                }
            }
        }
        st.phase = SHOT_DOWN;
        switch (strategy) {
            case PIGGYBACK -> say(words, "arch_shoot_down_dead_mm() (piggyback) sends nothing:"
                    + " it relies on the teardown flush having switched lazy CPUs away");
            case IPI_CPUMASK -> say(words, (scheme == Scheme.UPSTREAM ? "cleanup_lazy_tlbs()" : "arch_shoot_down_dead_mm()")
                    + " IPIs mm_cpumask(M) = " + cpuList(sent)
                    + (switched.isEmpty() ? "" : "; " + cpuList(switched) + " switched to init_mm"));
            case IPI_SCAN -> say(words, "arch_shoot_down_dead_mm() IPIs the CPUs whose per-CPU record is M = " + cpuList(sent)
                    + (switched.isEmpty() ? "" : "; " + cpuList(switched) + " switched to init_mm"));
            default -> say(words, "arch_shoot_down_dead_mm() IPIs every online CPU (" + cpuList(sent) + ")"
                    + (switched.isEmpty() ? "" : "; " + cpuList(switched) + " switched to init_mm"));
        }
        List<Integer> missed = new ArrayList<>();
        for (int d = 0; d < cpus; d++) {
            if (st.inEfi(d) && st.saved[d] == MM && targets[d] && efi.irqsOn()) {
                missed.add(d);
            }
        }
        if (!missed.isEmpty()) {
            say(words, cpuList(missed) + " in an EFI call with interrupts on had efi_mm loaded, so the handler left the saved M alone");
        }
        return null;
    }

    private Property efiEnter(MmState st, int c, List<String> words) {
        Property broken = null;
        if (efi == EfiMode.IRQS_OFF) {
            boolean wasLazy = st.loaded[c] == MM;
            say(words, "EFI runtime call with interrupts off through a temporary mm:"
                    + (wasLazy ? " leaves lazy mode (switches to init_mm)" + staleRecords(List.of(c)) + "," : "")
                    + " saves init_mm, switches to efi_mm");
            broken = wasLazy ? archLeave(st, c, words) : null;
            st.loaded[c] = INIT_MM;
        } else {
            say(words, "EFI runtime call with interrupts on: saves " + mmName(st.loaded[c]) + ", switches to efi_mm");
            if (st.loaded[c] == MM) {
                st.mask[c] = false;
            }
        }
        st.saved[c] = st.loaded[c];
        st.loaded[c] = EFI_MM;
        return broken;
    }

    private void loadMm(MmState st, int c) {
        st.loaded[c] = MM;
        if (profile.tracksCpumask()) {
            st.mask[c] = true;
        }
    }

    /** switch_mm() away from M to init_mm: the CPU leaves mm_cpumask(M) (the minimal tracked set). */
    private static void leaveMm(MmState st, int c) {
        if (st.loaded[c] == MM) {
            st.mask[c] = false;
        }
        st.loaded[c] = INIT_MM;
    }

    private void grab(MmState st, List<String> words) {
        if (strategy == Strategy.REFCOUNT) {
            st.count++;
            say(words, "mmgrab(M): mm_count " + st.count);
        }
    }

    /** The lazy task's active_mm moves on: in refcount that is an mmdrop(). */
    private Property dropLazy(MmState st, int c, List<String> words) {
        if (!st.lazyRef[c]) {
            return null;
        }
        st.lazyRef[c] = false;
        return strategy == Strategy.REFCOUNT ? drop(st, words) : null;
    }

    private Property drop(MmState st, List<String> words) {
        st.count--;
        say(words, "mmdrop(M): mm_count " + st.count);
        if (st.count < 0) {
            return Property.REFCOUNT_SANE;
        }
        if (st.count > 0) {
            return null;
        }
        if (st.zeroSeen) {
            return Property.REFCOUNT_SANE;
        }
        st.zeroSeen = true;
        st.phase = FREED;
        List<String> holders = new ArrayList<>();
        for (int d = 0; d < cpus; d++) {
            if (st.loaded[d] == MM) {
                holders.add("cpu" + d + " has it loaded");
            } else if (st.inEfi(d) && st.saved[d] == MM && efi != EfiMode.IRQS_ON_FIXED) {
                holders.add("cpu" + d + " has it saved to restore after the EFI call");
            } else if (recordIsM(st, d)) {
                holders.add("cpu" + d + "'s " + recordName() + " still names it");
            }
        }
        if (holders.isEmpty()) {
            say(words, "M is freed");
            return null;
        }
        say(words, "M is freed while " + String.join(" and ", holders));
        return Property.NO_UAF;
    }

    private List<Integer> cpusWithMmLoaded(MmState st) {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < cpus; d++) {
            if (st.online(d) && st.loaded[d] == MM) {
                out.add(d);
            }
        }
        return out;
    }

    private static String cpuList(List<Integer> cpus) {
        if (cpus.isEmpty()) {
            return "no CPU";
        }
        StringJoiner out = new StringJoiner(",", cpus.size() == 1 ? "cpu" : "cpus ", "");
        cpus.forEach(c -> out.add(String.valueOf(c)));
        return out.toString();
    }

    private static void say(List<String> words, String text) {
        if (words != null) {
            words.add(text);
        }
    }
}
