package org.activemm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.activemm.UsageException;
import org.activemm.generate.ArchPlan;
import org.activemm.generate.ArchPlans;
import org.activemm.generate.GenerateOptions;
import org.activemm.generate.HandWork;
import org.activemm.generate.MailOptions;
import org.activemm.generate.Series;
import org.activemm.generate.SeriesGenerator;
import org.activemm.generate.UncommittedBases;
import org.activemm.model.ArchProfile;
import org.activemm.model.Strategy;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activemm generate}: a git format-patch series that converts the arches, plus their checklists. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a git format-patch series (cover letter, core patches, per-arch patches, the Kconfig"
                + " select last) against the scanned revision, and a checklist per arch.",
            "The strategy of each arch's arch_shoot_down_dead_mm() is the cheapest the model proves safe on the"
                + " arch and all its paravirt variants."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TREE", description = "the kernel tree or git repository")
    private Path tree;

    @Mixin
    private TreeOptions treeOptions;

    @Mixin
    private RevisionOption revision;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the series goes")
    private Path out;

    @Option(names = "--force", description = "replace a --out directory that is not empty")
    private boolean force;

    @Option(names = "--signoff", paramLabel = "'NAME <MAIL>'",
            description = "the Signed-off-by: and From: identity (default: user.name and user.email of git config)")
    private String signoff;

    @Option(names = "--strategy", paramLabel = "STRATEGY", converter = OptionWords.Strategies.class,
            completionCandidates = OptionWords.Strategies.class,
            description = "piggyback, ipi-cpumask or ipi-all for every arch, instead of the model's choice")
    private Strategy strategy;

    @Option(names = "--unsafe-ok", description = "generate a strategy the model shows unsafe (the cover letter says so)")
    private boolean unsafeOk;

    @Option(names = "--subject-prefix", paramLabel = "PREFIX", defaultValue = "PATCH",
            description = "the subject prefix instead of PATCH, as git format-patch --subject-prefix")
    private String subjectPrefix;

    @Option(names = "--rfc", description = "mark the series RFC (a series that leaves hand work is one anyway)")
    private boolean rfc;

    @Option(names = {"-v", "--reroll-count"}, paramLabel = "N", defaultValue = "1",
            description = "mark the series as its N-th version ([PATCH vN])")
    private int version;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "add a To: to every mail (repeatable)")
    private List<String> to = new ArrayList<>();

    @Option(names = "--cc", paramLabel = "ADDRESS", description = "add a Cc: to every mail (repeatable)")
    private List<String> cc = new ArrayList<>();

    @Mixin
    private TemplateOptions templates;

    @Override
    public Integer call() throws IOException {
        if (treeOptions.arches.isEmpty()) {
            throw new UsageException("name the arches to convert with --arch (e.g. --arch x86)");
        }
        Scheme scheme = treeOptions.scheme;
        if (signoff != null && (signoff.isBlank() || !Quote.oneLine(signoff).equals(signoff))) {
            // it becomes the From: and Signed-off-by: lines of every mail: a line break would add a header
            throw new UsageException("--signoff '" + Quote.oneLine(signoff) + "': give one line, 'NAME <MAIL>'");
        }
        String identity = signoff != null ? signoff : GitIdentity.of(tree).orElseThrow(() -> new UsageException(
                "no --signoff given and no user.name/user.email in git config"));
        Series series;
        try (SourceTree source = treeOptions.open(tree, revision.rev, spec.commandLine().getErr())) {
            List<ArchPlan> plans = new ArrayList<>();
            for (ArchProfile arch : treeOptions.arches) {
                plans.add(ArchPlans.forArch(arch.name(), strategy, scheme, source));
            }
            List<String> arches = plans.stream().map(ArchPlan::arch).toList();
            ScanResult scan = treeOptions.scanner(new ScanOptions(scheme, arches, false)).scan(source, treeOptions.pathFilter());
            GenerateOptions options = new GenerateOptions(scheme, identity, null, ZonedDateTime.now(), force, unsafeOk,
                    mailOptions());
            series = new SeriesGenerator(templates.load()).generate(source, scan, plans, options, out);
        }
        report(series);
        if (revision.rev == null) {
            warnOfUncommittedBases(series);
        } else {
            SourceTrees.directoryOf(revision.rev).ifPresent(this::noteDirectory);
        }
        return series.handWork().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private MailOptions mailOptions() {
        if (version < 1) {
            throw new UsageException("-v wants a version of 1 or more, not " + version);
        }
        for (String text : concat(List.of(subjectPrefix), to, cc)) {
            if (text.isBlank() || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new UsageException("--subject-prefix, --to and --cc each want one line of printable text");
            }
        }
        return new MailOptions(subjectPrefix.strip(), rfc, version, to, cc);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }

    /** The patches' paths are from the kernel's root, DIR of the repository: git am must be told. */
    private void noteDirectory(String directory) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("activemm: note: the series' paths are from %s/; apply it in the repository with"
                + " git am --directory=%s%n", directory, directory);
        err.flush();
    }

    /** A series made from the files on disk only applies with git am where HEAD has the same bytes. */
    private void warnOfUncommittedBases(Series series) {
        List<String> differing = UncommittedBases.of(tree, series.bases());
        if (!differing.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("activemm: note: %d of the %d files the series patches differ from HEAD (%s%s); git am applies"
                    + " to HEAD, so commit them first or generate with --rev%n", differing.size(), series.bases().size(),
                    differing.get(0), differing.size() > 1 ? ", ..." : "");
            err.flush();
        }
    }

    private void report(Series series) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d patches and %d other files%n", series.directory(), series.patches().size(),
                series.files().size() - series.patches().size());
        if (series.handWork().isEmpty()) {
            out.println("no hand work left: every site was converted mechanically");
        } else {
            out.printf("%d sites need hand work (listed in the cover letter and the checklists):%n",
                    series.handWork().size());
            for (HandWork work : series.handWork()) {
                out.printf("  %s:%d: %s [%s]%n", work.path(), work.line(), work.what(), work.rule());
            }
        }
        out.flush();
    }
}
