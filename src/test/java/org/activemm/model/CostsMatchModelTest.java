package org.activemm.model;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Costs} is computed from the profile, not simulated; this pins it to the model. Over every
 * reachable state of a safe (arch, scheme, strategy) at 2 and 4 CPUs, the most CPUs other than the
 * exiting one that the exit hook and the strategy's exit step IPI must be what Costs reports.
 */
class CostsMatchModelTest {
    @Test
    void worstCaseIpisAreTheModelsMostTargets() {
        for (ArchProfile profile : ArchProfiles.load()) {
            for (SchemeStrategy column : SchemeStrategy.all()) {
                for (int cpus : new int[] {2, 4}) {
                    if (ModelChecker.check(profile, column.scheme(), column.strategy(), cpus, EfiMode.IRQS_OFF).safe()) {
                        assertCostsMatch(profile, column, cpus);
                    }
                }
            }
        }
    }

    private static void assertCostsMatch(ArchProfile profile, SchemeStrategy column, int cpus) {
        Costs costs = Costs.of(column.scheme(), column.strategy(), profile);
        LazyMmModel model = new LazyMmModel(profile, column.scheme(), column.strategy(), cpus, EfiMode.IRQS_OFF);
        int[] most = mostTargets(profile, model, cpus);
        String pair = profile.name() + " " + column.word() + " at " + cpus + " CPUs";
        assertEquals(costs.exitHookIpis(cpus), most[0], pair + ": exit hook");
        assertEquals(costs.ipis(cpus) - costs.exitHookIpis(cpus), most[1], pair + ": the strategy's round");
    }

    /** {most CPUs the exit hook reaches, most CPUs the shoot-down IPIs}, the exiting CPU not counted. */
    private static int[] mostTargets(ArchProfile profile, LazyMmModel model, int cpus) {
        int[] most = new int[2];
        Set<Long> seen = new HashSet<>();
        ArrayDeque<Long> todo = new ArrayDeque<>();
        todo.add(model.initial());
        while (!todo.isEmpty()) {
            long state = todo.poll();
            if (!seen.add(model.canonical(state))) {
                continue;
            }
            MmState st = MmState.decode(state, cpus);
            if (st.putter >= 0 && model.enabled(st, st.putter, LazyMmModel.EXIT_MMAP)) {
                most[0] = Math.max(most[0], hookTargets(profile, st));
            }
            if (st.putter >= 0 && model.enabled(st, st.putter, LazyMmModel.SHOOT_DOWN)) {
                most[1] = Math.max(most[1], remote(st, model.shootDownTargets(st)));
            }
            model.successors(state, (action, next, broken) -> todo.add(next));
        }
        return most;
    }

    private static int hookTargets(ArchProfile profile, MmState st) {
        boolean[] loaded = new boolean[st.cpus];
        for (int d = 0; d < st.cpus; d++) {
            loaded[d] = profile.exitHookSwitchesLazy() && st.online(d) && st.loaded[d] == MmState.MM;
        }
        return remote(st, loaded);
    }

    private static int remote(MmState st, boolean[] targets) {
        int n = 0;
        for (int d = 0; d < st.cpus; d++) {
            n += targets[d] && d != st.putter ? 1 : 0;
        }
        return n;
    }
}
