package org.activemm.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scheme costs, computed from the scheme and the profile, not simulated.
 *
 * @param atomicsPerLazySwitch atomic operations on mm_count per lazy switch (mmgrab in, mmdrop out)
 * @param ipisPerExit          IPIs the scheme's own exit step sends at most, by number of CPUs
 *                             (every other CPU had M; the exiting CPU handles itself without an IPI)
 */
public record Costs(int atomicsPerLazySwitch, Map<Integer, Integer> ipisPerExit) {
    public static final List<Integer> CPU_COUNTS = List.of(2, 4, 64, 1024);

    public Costs {
        ipisPerExit = Map.copyOf(ipisPerExit);
    }

    public static Costs of(Strategy strategy, ArchProfile profile) {
        Map<Integer, Integer> ipis = new LinkedHashMap<>();
        for (int n : CPU_COUNTS) {
            ipis.put(n, switch (strategy) {
                case REFCOUNT, PIGGYBACK -> 0;
                case IPI_CPUMASK -> profile.tracksCpumask() ? n - 1 : 0;
                case IPI_ALL -> n - 1;
            });
        }
        return new Costs(strategy == Strategy.REFCOUNT ? 2 : 0, ipis);
    }

    public int ipis(int cpus) {
        return ipisPerExit.get(cpus);
    }
}
