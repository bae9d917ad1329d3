package org.activemm.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.tree.SourceTree;

/**
 * Writes a {@code git format-patch} style series for the arches of the
 * plans: {@code 0000-cover-letter.patch}, {@code 0001-...patch} on, and one
 * {@code checklist-<arch>.md} per arch. Every text comes from a template;
 * the diffs are JGit's, between the tree's bytes and the edited bytes.
 */
public final class SeriesGenerator {
    private static final DateTimeFormatter MAIL_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final int SLUG_MAX = 52;

    private final Templates templates;

    public SeriesGenerator(Templates templates) {
        this.templates = templates;
    }

    /** Renders the series and writes it to {@code out} (see {@link OutputDirectory} for the rules). */
    public Series generate(SourceTree tree, ScanResult scan, List<ArchPlan> plans, GenerateOptions options, Path out)
            throws IOException {
        Series series = render(tree, scan, plans, options);
        try (OutputDirectory dir = OutputDirectory.open(out, options.force())) {
            for (SeriesFile f : series.files()) {
                dir.write(f.name(), f.content());
            }
            dir.commit();
            return new Series(series.files(), series.handWork(), dir.target(), series.bases());
        }
    }

    /** The series in memory, nothing written. */
    public Series render(SourceTree tree, ScanResult scan, List<ArchPlan> plans, GenerateOptions options) {
        if (scan.scheme() != null && scan.scheme() != options.scheme()) {
            throw new UsageException("the scan was made for scheme " + scan.scheme().word()
                    + ", not " + options.scheme().word());
        }
        SeriesPlanner.check(options.scheme(), plans, options.unsafeOk());
        WorkingTree working = new WorkingTree(tree);
        List<Finding> sites = SeriesPlanner.relevant(scan.findings(), plans);
        List<PatchStep> steps = new SeriesPlanner(working, templates, options.scheme(), sites, plans).plan();

        Maintainers maintainers;
        try {
            maintainers = Maintainers.of(tree);
        } catch (IOException e) {
            throw new InputException(tree.name() + ": cannot read MAINTAINERS: " + e.getMessage(), e);
        }
        List<Patch> patches = new ArrayList<>();
        for (PatchStep step : steps) {
            List<FileDiff> diffs = new ArrayList<>();
            for (EditedFile f : working.touchedBy(step.id())) {
                FileDiff d = new FileDiff(f.path(), f.textAfter(step.id() - 1), f.textAfter(step.id()));
                if (d.changed()) {
                    diffs.add(d);
                }
            }
            if (!diffs.isEmpty()) {
                patches.add(new Patch(step, diffs));
            }
        }
        String signoffAddress = address(options.signoff());
        List<SeriesFile> files = new ArrayList<>();
        List<CommitIds.Patch> mails = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        Set<String> allCc = new LinkedHashSet<>();
        int total = patches.size();
        for (int i = 0; i < total; i++) {
            Patch p = patches.get(i);
            List<String> paths = p.diffs().stream().map(FileDiff::path).toList();
            Map<String, Object> model = PatchModel.of(p.step(), options.scheme(), working);
            model.put("prefix", Subsystem.of(paths));
            String[] message = subjectAndBody(templates.render(p.step().kind().template(), model));
            String body = CommitText.wrap(message[1], CommitText.WIDTH);
            String diffstat = Diffstat.of(p.diffs());
            // what get_maintainer.pl reads before the first file header: subject, body, diffstat
            List<String> intro = new ArrayList<>(List.of(message[0]));
            intro.addAll(body.lines().toList());
            intro.addAll(diffstat.lines().toList());
            List<String> unified = p.diffs().stream().map(FileDiff::unified).toList();
            List<String> patchLines = unified.stream().flatMap(u -> FileDiff.patchLines(u).stream()).toList();
            List<String> cc = maintainers.ccFor(paths, intro, patchLines).stream()
                    .filter(a -> !address(a).equalsIgnoreCase(signoffAddress)).toList();
            allCc.addAll(cc);
            subjects.add(message[0]);
            String number = number(i + 1, total);
            Map<String, Object> mail = mailModel(options, number, total, message[0], cc, !working.handWork().isEmpty());
            mail.put("body", body);
            mail.put("diffstat", diffstat);
            mail.put("diff", String.join("", unified));
            mails.add(new CommitIds.Patch(String.format("%04d-%s.patch", i + 1, slug(message[0])),
                    templates.render("patch/mail.ftl", mail).getBytes(StandardCharsets.UTF_8),
                    message[0] + "\n\n" + (body.isBlank() ? "" : body.strip() + "\n\n")
                            + "Signed-off-by: " + options.signoff() + "\n"));
        }
        List<String> ids;
        try {
            ids = CommitIds.of(tree, mails, options.author(), options.date());
        } catch (IOException e) {
            throw new InputException(tree.name() + ": cannot read the revision's tree: " + e.getMessage(), e);
        }
        for (int i = 0; i < total; i++) {
            files.add(new SeriesFile(mails.get(i).name(), CommitIds.withId(mails.get(i).mail(), ids.get(i))));
        }
        List<HandWork> handWork = new ArrayList<>(working.handWork());
        handWork.sort(Comparator.comparing(HandWork::path).thenComparingInt(HandWork::line)
                .thenComparingInt(HandWork::column));
        // people (the "Name <mail>" entries) before lists, as get_maintainer.pl prints them
        List<String> coverCc = new ArrayList<>(allCc.stream().filter(a -> a.contains("<")).toList());
        coverCc.addAll(allCc.stream().filter(a -> !a.contains("<")).toList());
        files.add(0, coverLetter(scan, plans, options, subjects, coverCc, patches, working, handWork));
        ChecklistWriter checklists = new ChecklistWriter(templates);
        Map<Integer, String> doneByStep = new HashMap<>();
        for (int i = 0; i < total; i++) {
            doneByStep.put(patches.get(i).step().id(), "done in patch " + (i + 1) + ": " + subjects.get(i));
        }
        Map<Finding, String> doneSites = doneSites(working, doneByStep);
        for (ArchPlan plan : plans) {
            String select = archPatch(patches, plan, PatchKind.ARCH_SELECT, doneByStep);
            if (select.isEmpty()) {
                select = alreadySelected(working, plan, options.scheme().option());
            }
            SeriesProgress progress = new SeriesProgress(doneSites, handWork,
                    archPatch(patches, plan, PatchKind.ARCH_SHOOTDOWN, doneByStep), select);
            files.add(new SeriesFile("checklist-" + plan.arch() + ".md", checklists.render(scan, plan,
                    ChecklistWriter.Format.MARKDOWN, progress).getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, String> bases = new LinkedHashMap<>();
        for (Patch p : patches) {
            p.diffs().forEach(d -> bases.putIfAbsent(d.path(), d.beforeId()));
        }
        return new Series(files, handWork, null, bases);
    }

    /** The sites the series took care of, each with the patch that did it. */
    private static Map<Finding, String> doneSites(WorkingTree working, Map<Integer, String> doneByStep) {
        Map<Finding, String> out = new LinkedHashMap<>();
        working.done().forEach((site, done) -> {
            String text = done.edited() ? doneByStep.get(done.step())
                    : "nothing to change: already calls mmgrab_lazy_tlb()/mmdrop_lazy_tlb()";
            if (text != null) {
                out.put(site, text);
            }
        });
        return out;
    }

    /** The arch's own select line when its main config entry already selects the option (powerpc's shootdown). */
    private static String alreadySelected(WorkingTree working, ArchPlan plan, String option) {
        Optional<EditedFile> file = working.file(plan.kconfigPath());
        OptionalInt config = file.map(Anchors::mainArchConfig).orElse(OptionalInt.empty());
        if (config.isEmpty()) {
            return "";
        }
        for (int n : Anchors.selects(file.get(), config.getAsInt())) {
            if (Anchors.selected(file.get(), n).equals(option)) {
                return "the tree already has `" + file.get().line(n).strip() + "`: nothing to do";
            }
        }
        return "";
    }

    /** "done in patch N: subject" for the arch's patch of this kind, or empty when there is none. */
    private static String archPatch(List<Patch> patches, ArchPlan plan, PatchKind kind, Map<Integer, String> doneByStep) {
        return patches.stream()
                .filter(p -> p.step().isFor(kind, plan))
                .map(p -> doneByStep.get(p.step().id()))
                .findFirst().orElse("");
    }

    private record Patch(PatchStep step, List<FileDiff> diffs) {
    }

    private SeriesFile coverLetter(ScanResult scan, List<ArchPlan> plans, GenerateOptions options,
            List<String> subjects, List<String> cc, List<Patch> patches, WorkingTree working,
            List<HandWork> handWork) {
        int total = patches.size();
        Map<String, Object> model = mailModel(options, number(0, total), total, "", cc, !handWork.isEmpty());
        model.put("scheme", options.scheme().word());
        model.put("option", options.scheme().option());
        model.put("revision", scan.revision() == null ? "" : scan.revision());
        model.put("skipped", scan.skipped().stream()
                .map(f -> Map.of("path", f.path(), "reason", f.reason())).toList());
        model.put("unsafeOk", options.unsafeOk());
        List<Map<String, Object>> shortlog = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            shortlog.add(Map.of("number", i + 1, "subject", subjects.get(i)));
        }
        model.put("patches", shortlog);
        List<Map<String, Object>> sites = SiteTable.rows(scan.findings(), plans);
        model.put("sites", sites);
        model.put("rules", SiteTable.legend(sites));
        model.put("arches", plans.stream().map(SeriesGenerator::archRow).toList());
        model.put("handWork", byFile(handWork));
        List<FileDiff> overall = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        patches.forEach(p -> p.diffs().forEach(d -> seen.add(d.path())));
        for (String path : new TreeSet<>(seen)) {
            working.file(path).ifPresent(f -> overall.add(new FileDiff(path, f.original(), f.textAfter(Integer.MAX_VALUE))));
        }
        model.put("diffstat", overall.isEmpty() ? "" : Diffstat.of(overall));
        return new SeriesFile(String.format("%04d-cover-letter.patch", 0),
                CommitText.wrapCoverLetter(templates.render("patch/cover-letter.ftl", model), CommitText.WIDTH)
                        .getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Object> archRow(ArchPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arch", plan.arch());
        m.put("strategy", plan.strategy().word());
        StrategyVerdict chosen = plan.chosenVerdict();
        m.put("safe", chosen != null && chosen.safe());
        m.put("brokenProperty", chosen == null ? "" : chosen.brokenProperty());
        m.put("counterexample", chosen == null ? "" : chosen.counterexample());
        m.put("costs", chosen == null ? "" : chosen.costs());
        m.put("steps", chosen == null ? List.of() : chosen.steps());
        m.put("kconfig", plan.kconfigPath());
        m.put("implementation", plan.implementationPath());
        m.put("variants", plan.variantsToBootTest());
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (StrategyVerdict v : plan.verdicts()) {
            verdicts.add(Map.of("strategy", v.strategy().word(), "safe", v.safe(),
                    "brokenProperty", v.brokenProperty(), "counterexample", v.counterexample(), "costs", v.costs(),
                    "steps", v.steps()));
        }
        m.put("verdicts", verdicts);
        return m;
    }

    private static List<Map<String, Object>> byFile(List<HandWork> handWork) {
        Map<String, List<Map<String, Object>>> files = new TreeMap<>();
        for (HandWork h : handWork) {
            files.computeIfAbsent(h.path(), p -> new ArrayList<>()).add(Map.of(
                    "line", h.line(), "column", h.column(), "function", h.function(), "rule", h.rule(), "what", h.what()));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        files.forEach((path, items) -> out.add(Map.of("path", path, "items", items)));
        return out;
    }

    private Map<String, Object> mailModel(GenerateOptions options, String number, int total, String subject,
            List<String> cc, boolean handWorkLeft) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commit", CommitIds.NONE);
        m.put("subjectPrefix", options.mail().prefix(handWorkLeft));
        m.put("to", options.mail().to());
        m.put("author", options.author());
        m.put("date", MAIL_DATE.format(options.date()));
        m.put("number", number);
        m.put("total", String.valueOf(total));
        m.put("subject", subject);
        List<String> allCc = new ArrayList<>(options.mail().cc());
        cc.stream().filter(a -> !allCc.contains(a)).forEach(allCc::add);
        m.put("cc", allCc);
        m.put("signoff", options.signoff());
        m.put("generator", "activemm " + version());
        return m;
    }

    private static String version() {
        String v = SeriesGenerator.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** "[PATCH 01/12]": format-patch pads the number to the width of the total. */
    private static String number(int n, int total) {
        return String.format("%0" + String.valueOf(total).length() + "d", n);
    }

    /** A patch template's first line is the subject, the rest (after a blank line) the body. */
    private static String[] subjectAndBody(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        if (nl < 0) {
            return new String[] {t, ""};
        }
        return new String[] {t.substring(0, nl).strip(), t.substring(nl + 1).strip()};
    }

    /** The file name part format-patch makes of a subject. */
    static String slug(String subject) {
        String s = subject.replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() > SLUG_MAX) {
            s = s.substring(0, SLUG_MAX).replaceAll("[-.]+$", "");
        }
        return s.isEmpty() ? "patch" : s;
    }

    /** The mail address inside "Name <mail>", or the whole text. */
    private static String address(String person) {
        int lt = person.indexOf('<');
        int gt = person.indexOf('>', lt + 1);
        return lt >= 0 && gt > lt ? person.substring(lt + 1, gt).strip() : person.strip();
    }
}
