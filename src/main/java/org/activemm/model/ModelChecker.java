package org.activemm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The checker's entry points: one verdict per (arch profile, scheme, CPUs, EFI mode), memoised. */
public final class ModelChecker {
    /** Enough CPUs for every counterexample of the shipped profiles (two CPUs already show each). */
    public static final int DEFAULT_CPUS = 3;
    public static final EfiMode DEFAULT_EFI = EfiMode.IRQS_OFF;

    private static final Map<Key, Verdict> CACHE = new ConcurrentHashMap<>();

    private record Key(ArchProfile profile, Strategy strategy, int cpus, EfiMode efi) {
    }

    private ModelChecker() {
    }

    public static Verdict check(String arch, Strategy strategy, int cpus, boolean efiIrqsOn) {
        return check(ArchProfiles.get(arch), strategy, cpus, efiIrqsOn ? EfiMode.IRQS_ON : EfiMode.IRQS_OFF);
    }

    public static Verdict check(String arch, Strategy strategy, int cpus, EfiMode efi) {
        return check(ArchProfiles.get(arch), strategy, cpus, efi);
    }

    public static Verdict check(ArchProfile profile, Strategy strategy, int cpus, EfiMode efi) {
        return CACHE.computeIfAbsent(new Key(profile, strategy, cpus, efi), k -> compute(profile, strategy, cpus, efi));
    }

    /** Every profile of {@code profiles} against every scheme of {@code strategies}, profile-major. */
    public static List<Verdict> matrix(List<ArchProfile> profiles, List<Strategy> strategies, int cpus, EfiMode efi) {
        List<Verdict> out = new ArrayList<>();
        for (ArchProfile profile : profiles) {
            for (Strategy strategy : strategies) {
                out.add(check(profile, strategy, cpus, efi));
            }
        }
        return out;
    }

    private static Verdict compute(ArchProfile profile, Strategy strategy, int cpus, EfiMode efi) {
        Checker.Result result = Checker.explore(new LazyMmModel(profile, strategy, cpus, efi));
        String explanation = result.safe()
                ? SafetyArgument.of(profile, strategy, efi)
                : result.broken().id() + ": " + result.broken().statement() + ". State at the end: " + result.finalState();
        return new Verdict(profile.name(), strategy, result.safe(),
                result.safe() ? null : result.broken().id(), result.trace(), explanation,
                Costs.of(strategy, profile), result.statesExplored(), cpus, efi);
    }
}
