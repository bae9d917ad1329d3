package org.activemm.cli;

import java.io.PrintWriter;
import java.util.List;

import org.activemm.UsageException;
import org.activemm.model.ArchProfile;
import org.activemm.model.SchemeStrategy;
import org.activemm.model.Strategy;
import org.activemm.sites.Scheme;

import picocli.CommandLine.Option;

/** The one (arch profile, scheme, strategy) that {@code model explain} and {@code model export} are about. */
final class ModelPairOptions {
    @Option(names = "--arch", required = true, paramLabel = "ARCH", converter = OptionWords.Arches.class,
            completionCandidates = OptionWords.Arches.class, description = "Arch profile, e.g. x86+hyperv.")
    ArchProfile arch;

    @Option(names = "--scheme", paramLabel = "SCHEME", converter = SchemeWords.Converter.class,
            completionCandidates = OptionWords.Schemes.class, description = "${COMPLETION-CANDIDATES} (default: seed).")
    private SchemeWords.Word scheme;

    @Option(names = "--strategy", paramLabel = "STRATEGY", converter = OptionWords.Strategies.class,
            completionCandidates = OptionWords.Strategies.class, description = "${COMPLETION-CANDIDATES}.")
    private Strategy strategy;

    SchemeStrategy column(PrintWriter err) {
        SchemeWords.Choice choice = SchemeWords.read(scheme == null ? List.of() : List.of(scheme),
                strategy == null ? null : List.of(strategy), err);
        if (choice.strategies().isEmpty()) {
            throw new UsageException("name a strategy with --strategy");
        }
        List<Scheme> schemes = choice.schemes().isEmpty() ? List.of(Scheme.SEED) : choice.schemes();
        return new SchemeWords.Choice(schemes, choice.strategies()).columns().get(0);
    }
}
