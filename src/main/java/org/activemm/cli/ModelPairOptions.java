package org.activemm.cli;

import org.activemm.model.Strategy;

import picocli.CommandLine.Option;

/** The one (arch profile, scheme) pair that {@code model explain} and {@code model export} are about. */
final class ModelPairOptions {
    @Option(names = "--arch", required = true, paramLabel = "A", description = "Arch profile, e.g. x86+hyperv.")
    String arch;

    @Option(names = "--scheme", required = true, paramLabel = "S", description = "refcount, piggyback, ipi-cpumask or ipi-all.")
    private String scheme;

    Strategy strategy() {
        return Strategy.byWord(scheme);
    }
}
