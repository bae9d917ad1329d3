package org.activemm.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the generator and the scanner ask the model: the cheapest scheme that is safe on an arch and
 * on every paravirt variant of it, and the arches that have one.
 */
public final class StrategyPicker {
    /** Cheapest first: nothing at exit, then IPIs to the CPUs that had the mm, then to every CPU. */
    public static final List<Strategy> BY_COST = List.of(Strategy.PIGGYBACK, Strategy.IPI_CPUMASK, Strategy.IPI_ALL);

    private StrategyPicker() {
    }

    /**
     * The cheapest non-refcount scheme safe on a base arch and all its variants, or on the one variant
     * named ({@code x86+xen-pv}), with the default CPUs and EFI mode; empty when only refcount is safe.
     */
    public static Optional<Strategy> cheapestSafe(String arch) {
        return cheapestSafe(arch, ModelChecker.DEFAULT_CPUS, ModelChecker.DEFAULT_EFI);
    }

    public static Optional<Strategy> cheapestSafe(String arch, int cpus, EfiMode efi) {
        ArchProfile named = ArchProfiles.get(arch);
        List<ArchProfile> family = named.isVariant() ? List.of(named) : ArchProfiles.family(arch);
        for (Strategy strategy : BY_COST) {
            if (family.stream().allMatch(p -> ModelChecker.check(p, strategy, cpus, efi).safe())) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }

    /** Base arches with a safe non-refcount scheme on every variant: the scanner's default {@code --arch} set. */
    public static Set<String> eligibleArches() {
        Set<String> out = new LinkedHashSet<>();
        for (String arch : ArchProfiles.baseArches()) {
            if (cheapestSafe(arch).isPresent()) {
                out.add(arch);
            }
        }
        return out;
    }
}
