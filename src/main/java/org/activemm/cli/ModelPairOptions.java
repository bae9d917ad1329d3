package org.activemm.cli;

import java.io.PrintWriter;
import java.util.List;

import org.activemm.UsageException;
import org.activemm.model.SchemeStrategy;
import org.activemm.sites.Scheme;

import picocli.CommandLine.Option;

/** The one (arch profile, scheme, strategy) that {@code model explain} and {@code model export} are about. */
final class ModelPairOptions {
    @Option(names = "--arch", required = true, paramLabel = "A", description = "Arch profile, e.g. x86+hyperv.")
    String arch;

    @Option(names = "--scheme", paramLabel = "S", description = "seed or upstream (default: seed).")
    private String scheme;

    @Option(names = "--strategy", paramLabel = "S", description = "refcount, piggyback, ipi-cpumask, ipi-scan or ipi-all.")
    private String strategy;

    SchemeStrategy column(PrintWriter err) {
        SchemeWords.Choice choice = SchemeWords.read(scheme == null ? null : List.of(scheme),
                strategy == null ? null : List.of(strategy), err);
        if (choice.strategies().isEmpty()) {
            throw new UsageException("name a strategy with --strategy");
        }
        List<Scheme> schemes = choice.schemes().isEmpty() ? List.of(Scheme.SEED) : choice.schemes();
        return new SchemeWords.Choice(schemes, choice.strategies()).columns().get(0);
    }
}
