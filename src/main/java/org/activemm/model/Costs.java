package org.activemm.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.activemm.sites.Scheme;

/**
 * What a strategy of a scheme costs on an arch, computed, not simulated. IPI
 * counts are the worst case, where every other CPU had the mm; the exiting CPU handles itself.
 *
 * @param atomicsPerLazySwitch atomic operations on mm_count per lazy switch (mmgrab in, mmdrop out)
 * @param recordWritesPerSwitch per-CPU record writes per mm switch: the seed scheme writes its record of the
 *                             loaded mm at every switch whatever the strategy (every strategy's shoot-down
 *                             reads it); upstream keeps active_mm in the task and writes none
 * @param ipisPerExit          IPIs a process exit sends for the lazy CPUs, by number of CPUs: the
 *                             arch's exit hook ({@link #exitHookIpis}) plus the strategy's own round
 * @param exitHookIpis         the part of {@code ipisPerExit} that an arch exit hook sends before
 *                             the page tables go (Xen PV's xen_drop_mm_ref()), by number of CPUs
 */
public record Costs(int atomicsPerLazySwitch, int recordWritesPerSwitch, Map<Integer, Integer> ipisPerExit,
        Map<Integer, Integer> exitHookIpis) {
    public static final List<Integer> CPU_COUNTS = List.of(2, 4, 64, 1024);

    public Costs {
        ipisPerExit = Map.copyOf(ipisPerExit);
        exitHookIpis = Map.copyOf(exitHookIpis);
    }

    public static Costs of(Scheme scheme, Strategy strategy, ArchProfile profile) {
        Map<Integer, Integer> total = new LinkedHashMap<>();
        Map<Integer, Integer> hook = new LinkedHashMap<>();
        for (int n : CPU_COUNTS) {
            int hookRound = profile.exitHookSwitchesLazy() ? n - 1 : 0;
            hook.put(n, hookRound);
            total.put(n, hookRound + strategyRound(strategy, profile, n));
        }
        return new Costs(strategy == Strategy.REFCOUNT ? 2 : 0, scheme == Scheme.SEED ? 1 : 0, total, hook);
    }

    /**
     * The strategy's own IPIs. Before it runs, an exit hook (Xen PV) or a teardown flush that
     * interrupts lazy CPUs and switches them away (native x86) has taken them out of mm_cpumask
     * (x86 switch_mm_irqs_off() clears the previous mm's bit), so ipi-cpumask finds the mask empty;
     * where that switch leaves the scheduler's record behind, ipi-scan still finds every CPU, and
     * ipi-all IPIs them all anyway.
     */
    private static int strategyRound(Strategy strategy, ArchProfile profile, int n) {
        boolean lazyLeft = profile.exitHookSwitchesLazy()
                || profile.remoteFlush() == RemoteFlush.IPI && profile.lazySwitchOnFlush();
        return switch (strategy) {
            case REFCOUNT, PIGGYBACK -> 0;
            case IPI_CPUMASK -> profile.tracksCpumask() && !lazyLeft ? n - 1 : 0;
            case IPI_SCAN -> lazyLeft && !profile.diverges() ? 0 : n - 1;
            case IPI_ALL -> n - 1;
        };
    }

    public int ipis(int cpus) {
        return ipisPerExit.get(cpus);
    }

    public int exitHookIpis(int cpus) {
        return exitHookIpis.get(cpus);
    }
}
