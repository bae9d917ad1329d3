package org.activemm.generate;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.activemm.model.Strategy;
import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;
import org.activemm.sites.rules.Rules;

/**
 * The scan of the synthetic tree, written by hand from reading its files
 * (src/test/resources/org/activemm/generate/tree), and plans for x86.
 */
final class Fixture {
    private Fixture() {
    }

    static Finding site(String path, int line, int column, String function, Role role, Purpose purpose,
            String rule, Status status) {
        return new Finding(path, line, column, function, role, purpose, Scope.of(path), Rules.byId(rule), "", status,
                Level.of(status), role.word() + " of active_mm");
    }

    static final String COMMON = "arch/x86/kernel/cpu/common.c";
    static final String CORE = "kernel/sched/core.c";

    static List<Finding> findings() {
        Status nc = Status.NEEDS_CHANGE;
        return List.of(
                site("arch/powerpc/kernel/smp.c", 6, 2, "start_secondary", Role.GRAB, Purpose.CPU_BRINGUP, "AMM005", Status.INFO),
                site("arch/powerpc/kernel/smp.c", 7, 11, "start_secondary", Role.WRITE, Purpose.CPU_BRINGUP, "AMM005", Status.INFO),
                site(COMMON, 8, 2, "cpu_init", Role.GRAB, Purpose.CPU_BRINGUP, "AMM005", nc),
                site(COMMON, 9, 6, "cpu_init", Role.WRITE, Purpose.CPU_BRINGUP, "AMM005", nc),
                site(COMMON, 11, 2, "cpu_init", Role.LAZY_ENTER, Purpose.CPU_BRINGUP, "AMM012", Status.INFO),
                site(COMMON, 19, 3, "cpu_init_odd", Role.GRAB, Purpose.CPU_BRINGUP, "AMM005", nc),
                site(COMMON, 20, 8, "cpu_init_odd", Role.WRITE, Purpose.CPU_BRINGUP, "AMM005", nc),
                site("include/linux/sched.h", 12, 20, "task_struct", Role.DECL, Purpose.OTHER, "AMM001", nc),
                site("init/init_task.c", 7, 3, "init_task", Role.INIT, Purpose.OTHER, "AMM002", nc),
                site("kernel/exit.c", 10, 2, "exit_mm", Role.GRAB, Purpose.FORK_EXIT, "AMM004", nc),
                site("kernel/exit.c", 11, 22, "exit_mm", Role.READ, Purpose.ASSERTION, "AMM009", nc),
                site("kernel/fork.c", 15, 7, "copy_mm", Role.WRITE, Purpose.FORK_EXIT, "AMM006", nc),
                site(CORE, 10, 3, "finish_task_switch", Role.DROP, Purpose.LAZY_SWITCH, "AMM004", nc),
                site(CORE, 19, 17, "context_switch", Role.READ, Purpose.LAZY_SWITCH, "AMM003", nc),
                site(CORE, 21, 9, "context_switch", Role.WRITE, Purpose.LAZY_SWITCH, "AMM003", nc),
                site(CORE, 22, 3, "context_switch", Role.GRAB, Purpose.LAZY_SWITCH, "AMM004", nc),
                site(CORE, 23, 3, "context_switch", Role.LAZY_ENTER, Purpose.LAZY_SWITCH, "AMM012", Status.INFO),
                site(CORE, 28, 9, "context_switch", Role.WRITE, Purpose.LAZY_SWITCH, "AMM003", nc),
                site(CORE, 35, 34, "idle_task_exit", Role.READ, Purpose.CPU_TEARDOWN, "AMM005", nc),
                site(CORE, 39, 12, "idle_task_exit", Role.WRITE, Purpose.CPU_TEARDOWN, "AMM005", nc),
                site(CORE, 41, 2, "idle_task_exit", Role.DROP, Purpose.CPU_TEARDOWN, "AMM005", nc),
                site(CORE, 46, 2, "sched_init", Role.GRAB, Purpose.CPU_BRINGUP, "AMM005", nc),
                site(CORE, 47, 2, "sched_init", Role.LAZY_ENTER, Purpose.CPU_BRINGUP, "AMM012", Status.INFO));
    }

    static ScanResult scan() {
        return new ScanResult("test-tree", null, Scheme.SEED, List.of("x86"), findings(), List.of(), 11);
    }

    static final String LOADED_MM = "this_cpu_read(cpu_tlbstate.loaded_mm)";

    /** Costs as long as the model's own texts (ArchPlans), so that tests see their wrapping. */
    static String costs(int atomics, int ipisAt2, int ipisAt4, int ipisAt64, int ipisAt1024) {
        return atomics + " mm_count atomics per lazy switch; IPIs per exit in the worst case (every other CPU has"
                + " the mm loaded): " + ipisAt2 + " at 2 CPUs, " + ipisAt4 + " at 4 CPUs, " + ipisAt64 + " at 64 CPUs, "
                + ipisAt1024 + " at 1024 CPUs";
    }

    static List<StrategyVerdict> x86Verdicts() {
        return List.of(
                new StrategyVerdict(Strategy.REFCOUNT, true, "", "", costs(2, 0, 0, 0, 0)),
                new StrategyVerdict(Strategy.PIGGYBACK, true, "", "", costs(0, 0, 0, 0, 0)),
                new StrategyVerdict(Strategy.IPI_CPUMASK, true, "", "", costs(0, 1, 3, 63, 1023)),
                new StrategyVerdict(Strategy.IPI_ALL, true, "", "", costs(0, 1, 3, 63, 1023)));
    }

    static ArchPlan x86(Strategy strategy) {
        return new ArchPlan("x86", strategy, x86Verdicts(), List.of("x86+kvm", "x86+hyperv", "x86+xen-pv"),
                "arch/x86/Kconfig", "arch/x86/mm/tlb.c", LOADED_MM);
    }

    static GenerateOptions options() {
        return new GenerateOptions(Scheme.SEED, "Ada Tester <ada@example.org>", null,
                ZonedDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), false, false);
    }
}
