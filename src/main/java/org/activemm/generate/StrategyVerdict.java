package org.activemm.generate;

import java.util.List;
import java.util.Objects;

import org.activemm.model.Strategy;
import org.activemm.model.Verdict;

/**
 * The model's verdict on one strategy for one arch: safe, or the property it
 * breaks with a one-line summary of the shortest counterexample.
 *
 * @param brokenProperty  e.g. {@code no-uaf}; empty when safe
 * @param counterexample  one line, e.g. "cpu1 lazy on M; exit_mmap flushes by broadcast; M freed"; empty when safe
 * @param costs           one line, e.g. "0 atomics per lazy switch; 0 IPIs per exit"
 * @param broken          the model's verdict on the variant where it breaks, for the HTML checklist's numbered
 *                        steps and sequence chart; null when safe or when the verdict was written by hand
 */
public record StrategyVerdict(Strategy strategy, boolean safe, String brokenProperty,
        String counterexample, String costs, Verdict broken) {

    public StrategyVerdict {
        Objects.requireNonNull(strategy, "strategy");
        brokenProperty = brokenProperty == null ? "" : brokenProperty;
        counterexample = counterexample == null ? "" : counterexample;
        costs = costs == null ? "" : costs;
    }

    /** The counterexample one step an entry; empty without the model's verdict. */
    public List<String> steps() {
        return broken == null ? List.of() : broken.trace();
    }

    /** A verdict without the model's own, such as a plan written by hand. */
    public StrategyVerdict(Strategy strategy, boolean safe, String brokenProperty, String counterexample,
            String costs) {
        this(strategy, safe, brokenProperty, counterexample, costs, null);
    }
}
