package org.activemm.series.checks;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

import org.activemm.lex.LexMemo;
import org.activemm.series.PatchMail;
import org.activemm.series.PatchSeries;
import org.activemm.series.RangeSeries;
import org.activemm.series.SeriesApplier;
import org.activemm.series.SeriesReader;
import org.activemm.series.SeriesScope;
import org.activemm.series.Step;
import org.activemm.sites.Finding;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.sites.Scheme;
import org.activemm.sites.Status;
import org.activemm.tree.GlobPathFilter;
import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;

/**
 * {@code activemm check} from input to result: read the series, pick the base
 * ({@code --base}, else the series' {@code base-commit:}, else the range's
 * start, else HEAD), apply it step by step in memory, run every check, and
 * scan the final tree for what still needs a change.
 */
public final class Validator {
    private Validator() {
    }

    public static CheckResult validate(CheckRequest request, List<SeriesCheck> checks) throws IOException {
        return validate(request, checks, UnaryOperator.identity());
    }

    /** As {@link #validate(CheckRequest, List)}, reading the base through {@code opened} (tests count reads). */
    static CheckResult validate(CheckRequest request, List<SeriesCheck> checks, UnaryOperator<SourceTree> opened)
            throws IOException {
        PatchSeries series = request.range() != null ? RangeSeries.read(request.tree(), request.range())
                : SeriesReader.read(request.inputs());
        String base = request.base() != null ? request.base()
                : series.baseCommitMail().map(PatchMail::baseCommit)
                        .orElse(request.range() != null ? RangeSeries.start(request.range()) : "HEAD");
        SeriesScope scope = SeriesScope.of(series);
        Scheme scheme = request.scheme() != null ? request.scheme() : scope.scheme();
        List<String> arches = !request.arches().isEmpty() ? request.arches() : scope.arches();
        try (SourceTree tree = opened.apply(SourceTrees.open(request.tree(), base))) {
            String commit = tree.revision().orElseThrow();
            List<Step> steps = SeriesApplier.apply(series, tree);
            // the scanner's rescans and the checks lex the same touched files: one memo lexes each once
            LexMemo lexed = CheckContext.newLexMemo();
            Scanner scanner = new Scanner(new ScanOptions(scheme, arches, false), request.cache(), lexed);
            CheckContext context = new CheckContext(series, steps, request.tree(), commit,
                    SourceTrees.directoryOf(base).orElse(""), scheme, arches, scanner, request.factsCache(),
                    request.exec());
            context.state(LexMemo.class, () -> lexed);
            List<CheckFinding> findings = CheckRun.run(context, checks);
            List<Finding> remaining = arches.isEmpty() ? List.of() : remaining(context, tree);
            return new CheckResult(request.tree().toString(), commit, scheme, arches, series, steps, findings,
                    remaining);
        }
    }

    /**
     * The sites of the tree after the last step that still need a change: the
     * run's tree facts brought to that step (the base was walked once for them),
     * or a scan of the base when the series has no patch.
     */
    private static List<Finding> remaining(CheckContext context, SourceTree base) throws IOException {
        List<Step> steps = context.steps();
        List<Finding> all = steps.isEmpty() ? context.scanner().scan(base, GlobPathFilter.sources()).findings()
                : SeriesFacts.at(context, steps.get(steps.size() - 1)).findings();
        return all.stream().filter(f -> f.status() == Status.NEEDS_CHANGE).toList();
    }
}
