package org.activemm.series.checks;

import java.util.List;
import java.util.Set;

import org.activemm.lex.Token;

/**
 * Names the strategy an {@code arch_shoot_down_dead_mm()} body implements,
 * from its tokens: the shapes {@code activemm generate} writes and the
 * usual hand-written spellings of each.
 *
 * <ul>
 * <li>{@code ipi-scan}: a loop over CPUs ({@code for_each_online_cpu()} and kin)
 * reading a per-CPU record ({@code per_cpu()}, {@code per_cpu_ptr()}), and an IPI;</li>
 * <li>{@code ipi-cpumask}: an IPI to {@code mm_cpumask(mm)}
 * ({@code on_each_cpu_mask()}, {@code smp_call_function_many()} and kin);</li>
 * <li>{@code ipi-all}: an IPI to every CPU ({@code on_each_cpu()}, {@code smp_call_function()});</li>
 * <li>{@code refcount}: no IPI, and the body takes or drops mm references;</li>
 * <li>{@code piggyback}: no IPI, and only this CPU is switched away (to {@code init_mm},
 * or by {@code leave_mm()}).</li>
 * </ul>
 * Anything else is not recognised: the check says so rather than guessing.
 */
final class ShootDownShape {
    /** A recognised strategy's word (as {@code Strategy.word()}), or null with why not. */
    record Shape(String strategy, String unrecognised) {
        boolean recognised() {
            return strategy != null;
        }
    }

    private static final Set<String> CPU_LOOPS = Set.of("for_each_online_cpu", "for_each_possible_cpu",
            "for_each_present_cpu", "for_each_cpu");
    private static final Set<String> PER_CPU_READS = Set.of("per_cpu", "per_cpu_ptr");
    /** IPIs whose first argument is the mask of CPUs to interrupt. */
    private static final Set<String> MASK_IPIS = Set.of("on_each_cpu_mask", "on_each_cpu_cond_mask",
            "smp_call_function_many", "smp_call_function_many_cond");
    private static final Set<String> ALL_IPIS = Set.of("on_each_cpu", "on_each_cpu_cond", "smp_call_function");
    private static final Set<String> ONE_IPIS = Set.of("smp_call_function_single", "smp_call_function_single_async");
    private static final Set<String> REFERENCES = Set.of("mmgrab", "mmdrop", "mmget", "mmput", "mmgrab_lazy_tlb",
            "mmdrop_lazy_tlb");
    private static final Set<String> LOCAL_SWITCHES = Set.of("leave_mm", "switch_mm", "switch_mm_irqs_off");

    private ShootDownShape() {
    }

    static Shape of(List<Token> body) {
        boolean loop = false;
        boolean perCpuRead = false;
        boolean maskIpiToCpumask = false;
        boolean maskIpiToOther = false;
        boolean allIpi = false;
        boolean oneIpi = false;
        boolean references = false;
        boolean localSwitch = false;
        for (int i = 0; i < body.size(); i++) {
            Token t = body.get(i);
            if (!t.isIdent()) {
                continue;
            }
            boolean call = i + 1 < body.size() && body.get(i + 1).is("(");
            String name = t.text();
            if (!call) {
                localSwitch |= name.equals("init_mm");
                continue;
            }
            loop |= CPU_LOOPS.contains(name);
            perCpuRead |= PER_CPU_READS.contains(name);
            if (MASK_IPIS.contains(name)) {
                boolean cpumask = i + 2 < body.size() && body.get(i + 2).is("mm_cpumask");
                maskIpiToCpumask |= cpumask;
                maskIpiToOther |= !cpumask;
            }
            allIpi |= ALL_IPIS.contains(name);
            oneIpi |= ONE_IPIS.contains(name);
            references |= REFERENCES.contains(name);
            localSwitch |= LOCAL_SWITCHES.contains(name);
        }
        boolean ipi = maskIpiToCpumask || maskIpiToOther || allIpi || oneIpi;
        if (loop && perCpuRead && (maskIpiToOther || oneIpi)) {
            return new Shape("ipi-scan", null);
        }
        if (maskIpiToCpumask && !allIpi) {
            return new Shape("ipi-cpumask", null);
        }
        if (allIpi && !maskIpiToCpumask) {
            return new Shape("ipi-all", null);
        }
        if (ipi) {
            return new Shape(null, "it sends IPIs, but neither to mm_cpumask(mm), nor to every CPU,"
                    + " nor to the CPUs a loop finds in a per-CPU record");
        }
        if (references) {
            return new Shape("refcount", null);
        }
        if (localSwitch) {
            return new Shape("piggyback", null);
        }
        return new Shape(null, body.isEmpty() ? "the body is empty"
                : "it neither sends IPIs, nor switches this CPU away, nor counts references");
    }
}
