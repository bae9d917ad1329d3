package org.activemm.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.activemm.UsageException;
import org.activemm.model.ArchProfile;
import org.activemm.model.ArchProfiles;
import org.activemm.model.Costs;
import org.activemm.model.ModelChecker;
import org.activemm.model.SchemeStrategy;
import org.activemm.model.Strategy;
import org.activemm.model.StrategyPicker;
import org.activemm.model.Verdict;
import org.activemm.sites.Scheme;
import org.activemm.tree.SourceTree;

/**
 * Builds an arch's {@link ArchPlan} from the model: a strategy counts as safe
 * for an arch only when it is safe on the base profile and on every paravirt
 * variant, since one kernel image boots on all of them.
 */
public final class ArchPlans {
    /** Where each arch's arch_shoot_down_dead_mm() goes, first existing file wins (4.19 and 6.x layouts). */
    private static final Map<String, List<String>> IMPLEMENTATION_FILES = Map.of(
            "x86", List.of("arch/x86/mm/tlb.c"),
            "arm64", List.of("arch/arm64/mm/context.c"),
            "powerpc", List.of("arch/powerpc/mm/mmu_context.c"),
            "s390", List.of("arch/s390/mm/pgalloc.c"),
            "sparc", List.of("arch/sparc/mm/tsb.c"),
            "mips", List.of("arch/mips/mm/context.c", "arch/mips/mm/tlb-r4k.c"),
            "riscv", List.of("arch/riscv/mm/context.c", "arch/riscv/kernel/smp.c"),
            "arm", List.of("arch/arm/mm/context.c"));

    private ArchPlans() {
    }

    /**
     * The plan for one arch: {@code requested} when given (the generator
     * refuses it later if the model finds it unsafe and --unsafe-ok is not
     * set), else the cheapest strategy of the scheme that is safe on the whole
     * family; none is a usage error.
     */
    public static ArchPlan forArch(String arch, Strategy requested, Scheme scheme, SourceTree tree)
            throws IOException {
        ArchProfile base = ArchProfiles.get(arch);
        if (base.isVariant()) {
            throw new UsageException("name an arch, not a variant: '" + arch + "' (its variants are all"
                    + " checked: " + base.arch() + ")");
        }
        List<ArchProfile> family = ArchProfiles.family(arch);
        List<StrategyVerdict> verdicts = verdicts(arch, scheme);
        Strategy strategy = requested != null ? requested
                : StrategyPicker.cheapestSafe(arch, scheme).orElseThrow(() -> new UsageException(
                        "the model finds no strategy but refcount safe on " + arch + " under scheme " + scheme.word()
                                + " (" + brokenSummary(verdicts) + "); name one with --strategy and --unsafe-ok to"
                                + " generate it anyway"));
        List<String> variants = family.stream().filter(ArchProfile::isVariant).map(ArchProfile::name).toList();
        return new ArchPlan(arch, strategy, verdicts, variants, base.kconfig(), implementationFile(arch, tree),
                base.loadedMm());
    }

    /** The model's verdict on each of the scheme's strategies for a base arch, on its whole family. */
    public static List<StrategyVerdict> verdicts(String arch, Scheme scheme) {
        List<ArchProfile> family = ArchProfiles.family(arch);
        List<StrategyVerdict> verdicts = new ArrayList<>();
        for (Strategy strategy : SchemeStrategy.strategies(scheme)) {
            verdicts.add(familyVerdict(scheme, strategy, family));
        }
        return verdicts;
    }

    private static StrategyVerdict familyVerdict(Scheme scheme, Strategy strategy, List<ArchProfile> family) {
        Optional<Verdict> broken = family.stream()
                .map(p -> ModelChecker.check(p, scheme, strategy, ModelChecker.DEFAULT_CPUS, ModelChecker.DEFAULT_EFI))
                .filter(v -> !v.safe())
                .findFirst();
        String costs = costs(scheme, strategy, family);
        return broken.map(v -> new StrategyVerdict(strategy, false, v.property(),
                        "on " + v.arch() + ": " + String.join("; ", v.trace()), costs, v))
                .orElseGet(() -> new StrategyVerdict(strategy, true, "", "", costs));
    }

    /** "ipi-cpumask breaks no-uaf on x86" for every unsafe strategy, the counterexample left to the checklist. */
    private static String brokenSummary(List<StrategyVerdict> verdicts) {
        return verdicts.stream().filter(v -> !v.safe())
                .map(v -> v.strategy().word() + " breaks " + v.brokenProperty() + " "
                        + v.counterexample().substring(0, v.counterexample().indexOf(':')))
                .collect(Collectors.joining(", "));
    }

    /** The base profile's costs, and the IPIs of each variant whose exit sends a different number (Xen PV's hook; a hypercall flush that leaves lazy CPUs in the mask). */
    private static String costs(Scheme scheme, Strategy strategy, List<ArchProfile> family) {
        Costs base = Costs.of(scheme, strategy, family.get(0));
        StringBuilder out = new StringBuilder(base.atomicsPerLazySwitch() + " mm_count atomics per lazy switch; "
                + base.recordWritesPerSwitch() + " per-CPU record writes per switch; IPIs per exit in the worst case"
                + " (every other CPU has the mm loaded): " + ipis(base));
        for (ArchProfile variant : family.subList(1, family.size())) {
            Costs c = Costs.of(scheme, strategy, variant);
            if (!c.ipisPerExit().equals(base.ipisPerExit())) {
                out.append("; on ").append(variant.name()).append(": ").append(ipis(c));
                if (c.exitHookIpis(Costs.CPU_COUNTS.get(0)) > 0) {
                    out.append(", of which its exit hook sends ")
                            .append(Costs.CPU_COUNTS.stream().map(n -> String.valueOf(c.exitHookIpis(n))).collect(Collectors.joining("/")));
                }
            }
        }
        return out.toString();
    }

    private static String ipis(Costs costs) {
        return Costs.CPU_COUNTS.stream().map(n -> costs.ipis(n) + " at " + n + " CPUs").collect(Collectors.joining(", "));
    }

    private static String implementationFile(String arch, SourceTree tree) {
        List<String> candidates = IMPLEMENTATION_FILES.getOrDefault(arch, List.of("arch/" + arch + "/mm/tlb.c"));
        for (String path : candidates) {
            if (exists(tree, path)) {
                return path;
            }
        }
        return candidates.get(0);
    }

    /** A file that is there but cannot be read (a blob missing from a partial clone) still names the arch's file. */
    private static boolean exists(SourceTree tree, String path) {
        try {
            return tree.read(path).isPresent();
        } catch (IOException e) {
            return true;
        }
    }
}
