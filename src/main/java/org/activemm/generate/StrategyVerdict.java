package org.activemm.generate;

import java.util.Objects;

import org.activemm.model.Strategy;

/**
 * The model's verdict on one strategy for one arch: safe, or the property it
 * breaks with a one-line summary of the shortest counterexample.
 *
 * @param brokenProperty  e.g. {@code no-uaf}; empty when safe
 * @param counterexample  one line, e.g. "cpu1 lazy on M; exit_mmap flushes by broadcast; M freed"; empty when safe
 * @param costs           one line, e.g. "0 atomics per lazy switch; 0 IPIs per exit"
 */
public record StrategyVerdict(Strategy strategy, boolean safe, String brokenProperty,
        String counterexample, String costs) {

    public StrategyVerdict {
        Objects.requireNonNull(strategy, "strategy");
        brokenProperty = brokenProperty == null ? "" : brokenProperty;
        counterexample = counterexample == null ? "" : counterexample;
        costs = costs == null ? "" : costs;
    }
}
