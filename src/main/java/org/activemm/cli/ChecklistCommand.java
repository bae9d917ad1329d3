package org.activemm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import org.activemm.UsageException;
import org.activemm.generate.ArchPlan;
import org.activemm.generate.ArchPlans;
import org.activemm.generate.ChecklistWriter;
import org.activemm.generate.SourceLinks;
import org.activemm.report.SequenceChart;
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

/** {@code activemm checklist}: what a reviewer must do and confirm to convert one arch. */
@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = {"For one arch: every site that needs a change, the model's verdict on each strategy, the"
                + " paravirt variants to boot-test, the Kconfig select, and the builds to run.",
            "Exit 0 when no site needs a change, 1 when some do."})
public final class ChecklistCommand implements Callable<Integer> {
    enum Format { markdown, html }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TREE", description = "the kernel tree or git repository")
    private Path tree;

    @Mixin
    private TreeOptions treeOptions;

    @Mixin
    private RevisionOption revision;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown or html (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--source-url", paramLabel = "TEMPLATE",
            description = "link each site of the HTML checklist to a source viewer: a URL with {rev}, {path}"
                    + " and {line}, e.g. https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/"
                    + "{path}?h={rev}#n{line} (default: no links)")
    private String sourceUrl;

    @Mixin
    private OutputOptions output;

    @Mixin
    private TemplateOptions templates;

    @Override
    public Integer call() throws IOException {
        if (treeOptions.arches.size() != 1) {
            throw new UsageException("a checklist is for one arch: give exactly one --arch");
        }
        SourceLinks links = new SourceLinks(sourceUrl);
        Scheme scheme = treeOptions.scheme;
        ScanResult scan;
        ArchPlan plan;
        try (SourceTree source = treeOptions.open(tree, revision.rev, spec.commandLine().getErr())) {
            plan = ArchPlans.forArch(treeOptions.arches.get(0).name(), null, scheme, source);
            scan = treeOptions.scanner(new ScanOptions(scheme, List.of(plan.arch()), false))
                    .scan(source, treeOptions.pathFilter());
        }
        ChecklistWriter writer = new ChecklistWriter(templates.load(), links, ZonedDateTime.now(ZoneOffset.UTC),
                SequenceChart::svg);
        String text = writer.render(scan, plan, format == Format.html
                ? ChecklistWriter.Format.HTML : ChecklistWriter.Format.MARKDOWN);
        output.target().write(spec.commandLine().getOut(), w -> w.write(text));
        return scan.needsChange() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
