package org.activemm.model;

import java.util.List;

import org.activemm.sites.Scheme;

/**
 * The checker's answer for one (arch profile, scheme, strategy).
 *
 * @param arch           the profile's command-line name ({@code x86+hyperv})
 * @param property       the property broken ({@link Property#id()}), null when safe
 * @param steps          the shortest counterexample, one action a step; empty when safe
 * @param explanation    why it is safe (which step switches every lazy CPU away), or what broke and the state at the end
 * @param finalState     the state after the last step, null when safe
 * @param statesExplored distinct states the search visited
 * @param cpus           CPUs in the model
 * @param efi            how the model's EFI call switches mm
 */
public record Verdict(String arch, Scheme scheme, Strategy strategy, boolean safe, String property,
        List<TraceStep> steps, String explanation, String finalState, Costs costs, long statesExplored, int cpus,
        EfiMode efi) {

    public Verdict {
        steps = List.copyOf(steps);
    }

    /** The steps' texts, one a line. */
    public List<String> trace() {
        return steps.stream().map(TraceStep::text).toList();
    }

    public SchemeStrategy column() {
        return new SchemeStrategy(scheme, strategy);
    }
}
