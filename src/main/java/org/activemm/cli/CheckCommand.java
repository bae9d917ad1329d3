package org.activemm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.activemm.UsageException;
import org.activemm.model.ArchProfile;
import org.activemm.report.CheckJsonReport;
import org.activemm.report.CheckJunitReport;
import org.activemm.report.CheckSarifReport;
import org.activemm.report.CheckTextReport;
import org.activemm.series.checks.CheckRequest;
import org.activemm.series.checks.CheckResult;
import org.activemm.series.checks.Checks;
import org.activemm.series.checks.Validator;
import org.activemm.series.facts.BaseFactsCache;
import org.activemm.sites.PrefilterCache;
import org.activemm.sites.Scheme;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activemm check}: is a patch series ready to post, patch by patch, and why not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a patch series before posting it: mail form, numbering, sign-off, style, whether each"
                + " patch applies on the previous one (in memory, nothing is checked out), and what still needs a"
                + " change after it.",
            "Exit 0 when the series is ready, 1 when a check reports an error."})
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif, junit }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TREE", description = "the kernel's git repository (bare or not)")
    private Path tree;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "SERIES",
            description = "a directory of git format-patch files, .patch/.mbox files, or an mbox with the whole series")
    private List<Path> series = List.of();

    @Option(names = "--range", paramLabel = "A..B", description = "check the commits A..B of TREE as if mailed")
    private String range;

    @Option(names = "--base", paramLabel = "REV",
            description = "apply the series to REV (default: its base-commit: trailer, else A of --range, else HEAD)")
    private String base;

    @Option(names = "--arch", split = ",", paramLabel = "ARCH", converter = OptionWords.Arches.class,
            completionCandidates = OptionWords.Arches.class,
            description = "the arches the series converts (default: those whose Kconfig it makes select the option)")
    private List<ArchProfile> arches = List.of();

    @Option(names = "--scheme", paramLabel = "SCHEME", converter = OptionWords.Schemes.class,
            completionCandidates = OptionWords.Schemes.class,
            description = "seed or upstream (default: the one whose option the series touches, else seed)")
    private Scheme scheme;

    @Option(names = "--exec", paramLabel = "CMD",
            description = "run CMD (sh -c) after each patch in a scratch work tree of that step, like git rebase --exec")
    private String exec;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json, sarif or junit (default: ${DEFAULT-VALUE})")
    private Format format;

    @Mixin
    private OutputOptions output;

    @Option(names = "--no-cache", description = "neither read nor write the prefilter cache (see scan --help) nor the"
            + " facts of bases checked before (check-facts/ in the same directory)")
    private boolean noCache;

    @Override
    public Integer call() throws IOException {
        if ((range == null) == series.isEmpty()) {
            throw new UsageException(range == null ? "name the series: patch files, a directory or an mbox, or --range A..B"
                    : "give either --range or SERIES files, not both");
        }
        OutputTarget target = output.target();
        PrintWriter err = spec.commandLine().getErr();
        CheckRequest request = new CheckRequest(tree, series, range, base,
                scheme,
                arches.isEmpty() ? List.of() : ArchSelection.forScan(arches), exec,
                noCache ? PrefilterCache.disabled() : PrefilterCache.loadDefault(),
                noCache ? BaseFactsCache.disabled() : BaseFactsCache.in(
                        PrefilterCache.directory(System.getenv(), System.getProperty("user.home")),
                        note -> err.println("activemm: note: " + note)));
        CheckResult result = Validator.validate(request, Checks.all());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> target.write(out, w -> CheckJsonReport.write(result, w));
            case sarif -> target.write(out, w -> CheckSarifReport.write(result, VersionProvider.version(), w));
            case junit -> target.write(out, w -> CheckJunitReport.write(result, w));
            case text -> target.write(out, w -> CheckTextReport.write(result, new PrintWriter(w)));
        }
        return result.ready() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
