package org.activemm.model;

import java.util.ArrayList;
import java.util.List;

import org.activemm.sites.Scheme;

/**
 * One column of the verdict table: a scheme and a strategy it can use. The seed scheme can use every
 * strategy; upstream has its refcount default and cleanup_lazy_tlbs(), which IPIs mm_cpumask.
 */
public record SchemeStrategy(Scheme scheme, Strategy strategy) {
    private static final List<Strategy> UPSTREAM = List.of(Strategy.REFCOUNT, Strategy.IPI_CPUMASK);

    public SchemeStrategy {
        if (!applies(scheme, strategy)) {
            throw new IllegalArgumentException("scheme " + scheme.word() + " has no strategy " + strategy.word());
        }
    }

    /** The strategies {@code scheme} can use, in {@link Strategy} order. */
    public static List<Strategy> strategies(Scheme scheme) {
        return scheme == Scheme.UPSTREAM ? UPSTREAM : List.of(Strategy.values());
    }

    public static boolean applies(Scheme scheme, Strategy strategy) {
        return strategies(scheme).contains(strategy);
    }

    /** Every applicable pair of {@code schemes} and {@code strategies}, scheme-major. */
    public static List<SchemeStrategy> of(List<Scheme> schemes, List<Strategy> strategies) {
        List<SchemeStrategy> out = new ArrayList<>();
        for (Scheme scheme : schemes) {
            for (Strategy strategy : strategies) {
                if (applies(scheme, strategy)) {
                    out.add(new SchemeStrategy(scheme, strategy));
                }
            }
        }
        return out;
    }

    /** Every column, seed first. */
    public static List<SchemeStrategy> all() {
        return of(List.of(Scheme.values()), List.of(Strategy.values()));
    }


    /** The column heading: {@code seed/ipi-scan}. */
    public String word() {
        return scheme.word() + "/" + strategy.word();
    }
}
