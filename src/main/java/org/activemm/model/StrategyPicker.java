package org.activemm.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.activemm.sites.Scheme;

/**
 * What the generator and the scanner ask the model: the cheapest strategy that is safe under a scheme
 * on an arch and on every paravirt variant of it, and the arches that have one.
 */
public final class StrategyPicker {
    /**
     * Cheapest first: nothing at exit; IPIs to the CPUs in the mask; one per-CPU write a switch and
     * IPIs to the CPUs whose record is the mm; IPIs to every CPU on every exit.
     */
    public static final List<Strategy> BY_COST =
            List.of(Strategy.PIGGYBACK, Strategy.IPI_CPUMASK, Strategy.IPI_SCAN, Strategy.IPI_ALL);

    private StrategyPicker() {
    }

    /**
     * The cheapest non-refcount strategy of {@code scheme} safe on a base arch and all its variants, or
     * on the one variant named ({@code x86+xen-pv}), with the default CPUs and EFI mode; empty when only
     * refcount is safe. Every seed strategy reads the core's per-CPU record, so none needs one of the arch's.
     */
    public static Optional<Strategy> cheapestSafe(String arch, Scheme scheme) {
        return cheapestSafe(arch, scheme, ModelChecker.DEFAULT_CPUS, ModelChecker.DEFAULT_EFI);
    }

    public static Optional<Strategy> cheapestSafe(String arch, Scheme scheme, int cpus, EfiMode efi) {
        ArchProfile named = ArchProfiles.get(arch);
        List<ArchProfile> family = named.isVariant() ? List.of(named) : ArchProfiles.family(arch);
        for (Strategy strategy : BY_COST) {
            if (SchemeStrategy.applies(scheme, strategy) && family.stream().allMatch(p ->
                    ModelChecker.check(p, scheme, strategy, cpus, efi).safe())) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }

    /**
     * Base arches with a safe non-refcount strategy under the seed scheme on every variant: the
     * scanner's default {@code --arch} set.
     */
    public static Set<String> eligibleArches() {
        Set<String> out = new LinkedHashSet<>();
        for (String arch : ArchProfiles.baseArches()) {
            if (cheapestSafe(arch, Scheme.SEED).isPresent()) {
                out.add(arch);
            }
        }
        return out;
    }
}
