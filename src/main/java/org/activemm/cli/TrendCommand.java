package org.activemm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.activemm.report.RevisionCounts;
import org.activemm.report.Trend;
import org.activemm.report.TrendChart;
import org.activemm.report.TrendJson;
import org.activemm.report.TrendTable;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.sites.Scheme;
import org.activemm.tree.SourceTree;
import org.activemm.tree.TagRange;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activemm trend}: how the sites by rule and status change from release to release. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Scans each revision of a git repository and prints its sites by rule and status: a"
                + " table, JSON, or an SVG chart of the sites that need a change, stacked by rule.",
            "A..B stands for A and every tag B reaches that A does not, oldest first. One scanner and its"
                + " prefilter cache serve every revision, so a further revision reads only the files it changed"
                + " and the few that may hold a site.",
            "Exit 0 when every revision was scanned."})
public final class TrendCommand implements Callable<Integer> {
    enum Format { text, json, svg }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REV",
            description = "revisions (tags, branches, commits, REV:DIR) or a range A..B, oldest first")
    private List<String> revisions;

    @Option(names = {"-C", "--repository"}, paramLabel = "REPO", defaultValue = ".",
            description = "the git repository, bare or not (default: the current directory)")
    private Path repository;

    @Mixin
    private TreeOptions treeOptions;

    @Option(names = "--format", defaultValue = "text", description = "text, json or svg (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = {"-q", "--quiet"}, description = "no progress line")
    private boolean quiet;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() throws IOException {
        OutputTarget target = output.target();
        Scheme scheme = treeOptions.scheme;
        List<String> arches = ArchSelection.forScan(treeOptions.arches);
        Scanner scanner = treeOptions.scanner(new ScanOptions(scheme, arches, false));
        PrintWriter err = spec.commandLine().getErr();
        List<RevisionCounts> counts = new ArrayList<>();
        for (String rev : expanded()) {
            try (SourceTree opened = treeOptions.open(repository, rev, err)) {
                SourceTree source = quiet || !Terminal.isStderrTty() ? opened : new ProgressLine(opened, System.err);
                counts.add(RevisionCounts.of(rev, scanner.scan(source, treeOptions.pathFilter())));
            }
        }
        Trend trend = new Trend(repository.toString(), scheme.word(), arches, counts);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case text -> target.write(out, w -> TrendTable.write(trend, new PrintWriter(w)));
            case json -> target.write(out, w -> TrendJson.write(trend, w));
            case svg -> target.write(out, w -> w.write(TrendChart.svg(trend)));
        }
        return ExitCodes.OK;
    }

    private List<String> expanded() {
        List<String> out = new ArrayList<>();
        for (String rev : revisions) {
            out.addAll(TagRange.isRange(rev) ? TagRange.expand(repository, rev) : List.of(rev));
        }
        return out;
    }
}
