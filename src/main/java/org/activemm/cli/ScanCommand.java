package org.activemm.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.activemm.InputException;
import org.activemm.report.JsonReport;
import org.activemm.report.JunitReport;
import org.activemm.report.Report;
import org.activemm.report.SarifContext;
import org.activemm.report.SarifReport;
import org.activemm.report.Snippets;
import org.activemm.report.TextReport;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.rules.RuleEntry;
import org.activemm.sites.rules.Rules;
import org.activemm.tree.KernelRoot;
import org.activemm.tree.PathFilter;
import org.activemm.tree.RepositoryLocation;
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
                + " repository, bare or not, read without a checkout), or in a file or directory inside one.",
            "Exit 0 when no reported site needs a change, 1 when some do: filters, suppressions and --baseline"
                + " decide what is reported."})
public final class ScanCommand implements Callable<Integer> {
    enum Format { text, json, sarif, junit }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "the kernel tree or git repository, or a file or directory inside a kernel tree (scopes"
                    + " are then read from the kernel's root, found by walking up); default: the current directory")
    private Path tree;

    @Mixin
    private TreeOptions treeOptions;

    @Mixin
    private RevisionOption revision;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, sarif or junit (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--list-rules", description = "list the rule ids the filters take and exit (text, or --format json),"
            + " as checkpatch's --list-types")
    private boolean listRules;

    @Option(names = "--no-pager", description = "do not page the text report on a terminal"
            + " ($ACTIVEMM_PAGER, else $PAGER, else less -FRX)")
    private boolean noPager;

    @Override
    public Integer call() throws IOException {
        if (listRules) {
            RulesCommand.print(Rules.all().stream().map(RuleEntry::of).toList(),
                    format == Format.json ? RulesCommand.Format.json : RulesCommand.Format.text,
                    spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        OutputTarget target = output.target();
        Scheme scheme = treeOptions.scheme;
        List<String> arches = ArchSelection.forScan(treeOptions.arches);
        Optional<KernelRoot> inside = kernelRootAbove();
        Path root = inside.map(KernelRoot::root).orElse(tree);
        PathFilter paths = inside.<PathFilter>map(k -> k.narrow(treeOptions.pathFilter()))
                .orElseGet(treeOptions::pathFilter);
        Report report;
        try (SourceTree opened = treeOptions.open(root, revision.rev, spec.commandLine().getErr())) {
            SourceTree source = quiet || !Terminal.isStderrTty() ? opened : new ProgressLine(opened, System.err);
            ScanResult result = treeOptions.scanner(new ScanOptions(scheme, arches, notes)).scan(source, paths);
            Snippets snippets = format == Format.sarif ? Snippets.read(opened, result.findings()) : Snippets.NONE;
            report = Report.select(result, filters.filter(), filters.suppressions(opened),
                    filters.baselineFingerprints(), snippets);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> target.write(out, w -> JsonReport.write(report, w));
            case sarif -> target.write(out, w -> SarifReport.write(report, new SarifContext(VersionProvider.version(),
                    Installation.rulesDoc(), revision.rev == null ? Optional.empty() : RepositoryLocation.of(root)), w));
            case junit -> target.write(out, w -> JunitReport.write(report, w));
            case text -> text(report, target, out);
        }
        return report.needsChange() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * A file, or a directory that is not a kernel's root, inside a kernel tree
     * on disk: the kernel's root and the path inside it.
     */
    private Optional<KernelRoot> kernelRootAbove() {
        if (revision.rev != null || (Files.isDirectory(tree) && KernelRoot.isRoot(tree))) {
            return Optional.empty();
        }
        if (Files.isRegularFile(tree)) {
            return Optional.of(KernelRoot.above(tree).orElseThrow(() -> new InputException(
                    tree + " is a file outside any kernel tree (no directory above it has arch/ and kernel/)")));
        }
        return Files.isDirectory(tree) ? KernelRoot.above(tree) : Optional.empty();
    }

    /**
     * On a terminal: coloured if asked, lines cut to its width, through the pager;
     * whole lines elsewhere. When sh cannot find or run the pager (exit 127 or
     * 126), nothing was shown, so the text goes to the terminal itself.
     */
    private void text(Report report, OutputTarget target, PrintWriter out) {
        boolean terminal = target.isStdout() && Terminal.isStdoutTty();
        TextReport text = new TextReport(color.enabled(target.isStdout()), filters.all, filters.listInfo(),
                terminal ? TerminalWidth.of(System.getenv()) : 0);
        StringWriter rendered = new StringWriter();
        text.write(report, new PrintWriter(rendered));
        Optional<Process> pager = terminal && !noPager ? Pager.start(System.getenv()) : Optional.empty();
        if (pager.isEmpty()) {
            target.write(out, w -> w.write(rendered.toString()));
            return;
        }
        out.flush();
        try (Writer paged = new OutputStreamWriter(pager.get().getOutputStream(), StandardCharsets.UTF_8)) {
            paged.write(rendered.toString());
        } catch (IOException e) {
            // the pager quit before reading everything, as less does on q
        }
        try {
            int exit = pager.get().waitFor();
            if (exit == 126 || exit == 127) {
                out.print(rendered);
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
