package org.activemm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.activemm.sites.Scheme;

/** The checker's entry points: one verdict per (arch profile, scheme, strategy, CPUs, EFI mode), memoised. */
public final class ModelChecker {
    /** Enough CPUs for every counterexample of the shipped profiles (two CPUs already show each). */
    public static final int DEFAULT_CPUS = 3;
    public static final EfiMode DEFAULT_EFI = EfiMode.IRQS_OFF;

    private static final Map<Key, Verdict> CACHE = new ConcurrentHashMap<>();

    private record Key(ArchProfile profile, Scheme scheme, Strategy strategy, int cpus, EfiMode efi) {
    }

    private ModelChecker() {
    }

    public static Verdict check(String arch, Scheme scheme, Strategy strategy, int cpus, EfiMode efi) {
        return check(ArchProfiles.get(arch), scheme, strategy, cpus, efi);
    }

    public static Verdict check(ArchProfile profile, Scheme scheme, Strategy strategy, int cpus, EfiMode efi) {
        return CACHE.computeIfAbsent(new Key(profile, scheme, strategy, cpus, efi),
                k -> compute(profile, new SchemeStrategy(scheme, strategy), cpus, efi));
    }

    /** Every profile of {@code profiles} against every column, profile-major; the searches run in parallel. */
    public static List<Verdict> matrix(List<ArchProfile> profiles, List<SchemeStrategy> columns, int cpus, EfiMode efi) {
        List<Key> pairs = new ArrayList<>();
        for (ArchProfile profile : profiles) {
            for (SchemeStrategy column : columns) {
                pairs.add(new Key(profile, column.scheme(), column.strategy(), cpus, efi));
            }
        }
        return pairs.parallelStream().map(k -> check(k.profile(), k.scheme(), k.strategy(), k.cpus(), k.efi())).toList();
    }

    private static Verdict compute(ArchProfile profile, SchemeStrategy column, int cpus, EfiMode efi) {
        Checker.Result result = Checker.explore(new LazyMmModel(profile, column.scheme(), column.strategy(), cpus, efi));
        String explanation = result.safe()
                ? SafetyArgument.of(profile, column, efi)
                : result.broken().id() + ": " + result.broken().statement() + ". State at the end: " + result.finalState();
        return new Verdict(profile.name(), column.scheme(), column.strategy(), result.safe(),
                result.safe() ? null : result.broken().id(), result.steps(), explanation, result.finalState(),
                Costs.of(column.scheme(), column.strategy(), profile), result.statesExplored(), cpus, efi);
    }
}
