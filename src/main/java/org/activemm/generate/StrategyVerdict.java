package org.activemm.generate;

import java.util.List;
import java.util.Objects;

import org.activemm.model.Strategy;

/**
 * The model's verdict on one strategy for one arch: safe, or the property it
 * breaks with a one-line summary of the shortest counterexample.
 *
 * @param brokenProperty  e.g. {@code no-uaf}; empty when safe
 * @param counterexample  one line, e.g. "cpu1 lazy on M; exit_mmap flushes by broadcast; M freed"; empty when safe
 * @param costs           one line, e.g. "0 atomics per lazy switch; 0 IPIs per exit"
 * @param steps           the counterexample one step an entry, for the HTML checklist's numbered steps;
 *                        empty when safe or when the verdict was written by hand
 */
public record StrategyVerdict(Strategy strategy, boolean safe, String brokenProperty,
        String counterexample, String costs, List<String> steps) {

    public StrategyVerdict {
        Objects.requireNonNull(strategy, "strategy");
        brokenProperty = brokenProperty == null ? "" : brokenProperty;
        counterexample = counterexample == null ? "" : counterexample;
        costs = costs == null ? "" : costs;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A verdict without the model's steps, such as a plan written by hand. */
    public StrategyVerdict(Strategy strategy, boolean safe, String brokenProperty, String counterexample,
            String costs) {
        this(strategy, safe, brokenProperty, counterexample, costs, List.of());
    }
}
