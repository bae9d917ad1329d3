package org.activemm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.activemm.InputException;
import org.activemm.report.Baseline;
import org.activemm.report.FindingFilter;
import org.activemm.report.Suppression;
import org.activemm.report.SuppressionsFile;
import org.activemm.sites.Status;
import org.activemm.tree.SourceTree;

import picocli.CommandLine.Option;

/** Which findings {@code scan} reports: filters, suppressions and a baseline. */
final class FilterOptions {
    /** The suppressions file read from the kernel's root when --config is not given. */
    static final String DEFAULT_CONFIG = ".activemm";

    @Option(names = "--status", split = ",", paramLabel = "STATUS", converter = OptionWords.Statuses.class,
            completionCandidates = OptionWords.Statuses.class,
            description = "report only these statuses: ${COMPLETION-CANDIDATES} (comma-separated)")
    Set<Status> statuses = EnumSet.noneOf(Status.class);

    @Option(names = "--rule", split = ",", paramLabel = "RULE", converter = OptionWords.RuleIds.class,
            completionCandidates = OptionWords.RuleIds.class,
            description = "report only these rules, e.g. AMM003,AMM008")
    Set<String> rules = new LinkedHashSet<>();

    @Option(names = "--ignore", split = ",", paramLabel = "RULE", converter = OptionWords.RuleIds.class,
            completionCandidates = OptionWords.RuleIds.class,
            description = "do not report these rules, e.g. AMM012")
    Set<String> ignored = new LinkedHashSet<>();

    @Option(names = "--all",
            description = "text: list info sites and suppressed findings too (JSON and SARIF always hold them)")
    boolean all;

    @Option(names = "--config", paramLabel = "FILE",
            description = "suppressions file: TOML, one suppress table per entry, with path, function, rule and reason"
                    + " (default: " + DEFAULT_CONFIG + " at the kernel's root, if there is one)")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "an earlier JSON or SARIF report: report only findings whose fingerprint it does not have")
    Path baseline;

    FindingFilter filter() {
        return new FindingFilter(statuses, rules, ignored);
    }

    /** Whether the text report lists info sites: --all, or --status naming statuses. */
    boolean listInfo() {
        return all || !statuses.isEmpty();
    }

    /**
     * The entries of --config, or of {@code .activemm} at the root of the tree
     * as scanned (at --rev, the revision's), when it has one.
     */
    List<Suppression> suppressions(SourceTree tree) throws IOException {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new InputException("no such suppressions file: " + config);
            }
            return SuppressionsFile.read(config);
        }
        Optional<byte[]> implicit = tree.read(DEFAULT_CONFIG);
        return implicit.isEmpty() ? List.of() : SuppressionsFile.parse(tree.name() + "/" + DEFAULT_CONFIG,
                new String(implicit.get(), StandardCharsets.UTF_8));
    }

    Set<String> baselineFingerprints() {
        return baseline == null ? Set.of() : Baseline.read(baseline);
    }
}
