package org.activemm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.activemm.report.JsonReport;
import org.activemm.report.SarifReport;
import org.activemm.report.TextReport;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.tree.SourceTree;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activemm scan}: every active_mm site of a tree, classified (docs/design.md, "Sites"). */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Find and classify every active_mm site in a kernel tree (a directory, or --rev of a git"
                + " repository, bare or not, read without a checkout).",
            "Exit 0 when no site needs a change, 1 when some do."})
public final class ScanCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TREE", defaultValue = ".",
            description = "the kernel tree or git repository (default: the current directory)")
    private Path tree;

    @Mixin
    private TreeOptions treeOptions;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    private Format format;

    @Mixin
    private OutputOptions output;

    @Option(names = "--notes", description = "also list comments that mention active_mm, as notes")
    private boolean notes;

    @Option(names = {"-q", "--quiet"}, description = "no progress line")
    private boolean quiet;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "colour the text report: auto, always or never (default: ${DEFAULT-VALUE})")
    private ColorChoice color;

    @Override
    public Integer call() throws IOException {
        OutputTarget target = output.target();
        Scheme scheme = Scheme.ofWord(treeOptions.scheme);
        List<String> arches = ArchSelection.forScan(treeOptions.arches);
        ScanResult result;
        try (SourceTree opened = treeOptions.open(tree, spec.commandLine().getErr())) {
            SourceTree source = quiet || !Terminal.isStderrTty() ? opened : new ProgressLine(opened, System.err);
            result = treeOptions.scanner(new ScanOptions(scheme, arches, notes))
                    .scan(source, treeOptions.pathFilter());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> target.write(out, w -> JsonReport.write(result, w));
            case sarif -> target.write(out, w -> SarifReport.write(result, VersionProvider.version(), w));
            case text -> target.write(out, w -> new TextReport(color.enabled(target.isStdout()))
                    .write(result, new PrintWriter(w)));
        }
        return result.needsChange() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
