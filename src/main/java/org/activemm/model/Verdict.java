package org.activemm.model;

import java.util.List;

/**
 * The checker's answer for one (arch profile, scheme) pair.
 *
 * @param arch           the profile's command-line name ({@code x86+hyperv})
 * @param property       the property broken ({@link Property#id()}), null when safe
 * @param trace          the shortest counterexample, one action a line; empty when safe
 * @param explanation    why it is safe (which step switches every lazy CPU away), or what broke and the state at the end
 * @param statesExplored distinct states the search visited
 * @param cpus           CPUs in the model
 * @param efi            how the model's EFI call switches mm
 */
public record Verdict(String arch, Strategy strategy, boolean safe, String property, List<String> trace,
        String explanation, Costs costs, long statesExplored, int cpus, EfiMode efi) {

    public Verdict {
        trace = List.copyOf(trace);
    }
}
