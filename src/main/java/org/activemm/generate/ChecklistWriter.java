package org.activemm.generate;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.activemm.model.ArchProfile;
import org.activemm.model.ArchProfiles;
import org.activemm.model.Costs;
import org.activemm.model.Verdict;
import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;
import org.activemm.sites.SiteFingerprints;

/**
 * One arch's checklist for a reviewer: every site that needs a change with
 * what to do, the model's verdict on each strategy, the paravirt variants to
 * boot, the Kconfig select and the builds to run with the option on and off.
 */
public final class ChecklistWriter {

    /** The two formats; html escapes everything it prints (the template is {@code .ftlh}). */
    public enum Format {
        MARKDOWN("checklist/checklist.md.ftl"),
        HTML("checklist/checklist.html.ftlh");

        private final String template;

        Format(String template) {
            this.template = template;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Templates templates;
    private final SourceLinks links;
    private final ZonedDateTime date;
    private final Function<Verdict, String> sequenceCharts;

    /** A writer without source links or sequence charts, dated now. */
    public ChecklistWriter(Templates templates) {
        this(templates, SourceLinks.NONE, ZonedDateTime.now(ZoneOffset.UTC), v -> "");
    }

    /**
     * {@code date} is printed on the HTML page: when the checklist was made;
     * {@code sequenceCharts} draws a counterexample as an SVG document (the
     * report's sequence chart), shown under the steps of each unsafe strategy.
     */
    public ChecklistWriter(Templates templates, SourceLinks links, ZonedDateTime date,
            Function<Verdict, String> sequenceCharts) {
        this.templates = templates;
        this.links = links;
        this.date = date;
        this.sequenceCharts = sequenceCharts;
    }

    /** The checklist of a plain scan: every site that needs a change is open. */
    public String render(ScanResult scan, ArchPlan plan, Format format) {
        return render(scan, plan, format, SeriesProgress.NONE);
    }

    /**
     * The checklist next to a series: the sites and patches the series takes
     * care of are checked with their patch, only the hand work stays open.
     */
    String render(ScanResult scan, ArchPlan plan, Format format, SeriesProgress progress) {
        Scheme scheme = scan.scheme() == null ? Scheme.SEED : scan.scheme();
        Map<String, Object> model = SeriesGenerator.archRow(plan);
        model.put("scheme", scheme.word());
        model.put("option", scheme.option());
        model.put("tree", scan.tree() == null ? "" : scan.tree());
        model.put("revision", scan.revision() == null ? "" : scan.revision());
        model.put("date", DATE.format(date.withZoneSameInstant(ZoneOffset.UTC)));
        model.put("storageKey", "activemm/" + model.get("option") + "/" + plan.arch());
        model.put("costChart", CostChart.svg(costLines(plan, scheme)));
        model.put("sequenceCharts", sequenceCharts(plan));
        List<Map<String, Object>> sites = new ArrayList<>();
        TreeSet<String> objects = new TreeSet<>();
        Map<Finding, String> fingerprints = SiteFingerprints.of(scan.findings());
        int done = 0;
        for (Finding f : SeriesPlanner.relevant(scan.findings(), List.of(plan))) {
            String doneText = progress.doneSites().getOrDefault(f, "");
            done += doneText.isEmpty() ? 0 : 1;
            sites.add(row(f.path(), f.line(), f.function(), f.ruleId(), doneText,
                    doneText.isEmpty() ? handWorkFor(f, progress).orElse(RuleText.change(f, scheme)) : doneText,
                    fingerprints.get(f), links.url(scan.revision(), f.path(), f.line())));
            objects.add(f.path());
        }
        // hand work that is not a site (a hook or a select the generator could not place), for this arch
        for (HandWork h : progress.handWork()) {
            Scope scope = Scope.of(h.path());
            if (h.rule().isEmpty() && (scope.equals(Scope.CORE) || scope.equals(Scope.arch(plan.arch())))) {
                sites.add(row(h.path(), h.line(), h.function(), "", "", h.what(),
                        "hand/" + h.path() + "/" + h.function(), links.url(scan.revision(), h.path(), h.line())));
            }
        }
        if (!scheme.keepsMember()) {
            objects.add("kernel/fork.c");
            objects.add(plan.implementationPath());
        }
        model.put("series", progress.isSeries());
        model.put("done", done);
        model.put("sites", sites);
        model.put("implementationDone", progress.implementation());
        model.put("selectDone", progress.select());
        model.put("objects", objects.stream().filter(p -> p.endsWith(".c"))
                .map(p -> p.substring(0, p.length() - 1) + "o").toList());
        return templates.render(format.template, model);
    }

    /** Each unsafe strategy's counterexample as inline SVG, by strategy word (without the XML declaration). */
    private Map<String, String> sequenceCharts(ArchPlan plan) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (StrategyVerdict v : plan.verdicts()) {
            String svg = v.broken() == null ? "" : sequenceCharts.apply(v.broken());
            if (svg.contains("<svg")) {
                charts.put(v.strategy().word(), svg.substring(svg.indexOf("<svg")));
            }
        }
        return charts;
    }

    /** The cost chart's lines: every verdict's strategy with the costs the model computes for the arch. */
    private static List<CostChart.Line> costLines(ArchPlan plan, Scheme scheme) {
        ArchProfile profile = ArchProfiles.get(plan.arch());
        return plan.verdicts().stream().map(v -> new CostChart.Line(v.strategy().word(), v.safe(),
                v.strategy() == plan.strategy(), Costs.of(scheme, v.strategy(), profile))).toList();
    }

    /** {@code key} names the site's box in the browser's storage: its fingerprint, which survives line shifts. */
    private static Map<String, Object> row(String path, int line, String function, String rule, String done,
            String what, String key, String url) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", key);
        s.put("url", url);
        s.put("path", path);
        s.put("line", line);
        s.put("function", function);
        s.put("rule", rule);
        s.put("done", !done.isEmpty());
        s.put("what", what);
        return s;
    }

    /** The series' own words for a site it left (why it is not mechanical), when it left it. */
    private static Optional<String> handWorkFor(Finding f, SeriesProgress progress) {
        return progress.handWork().stream()
                .filter(h -> h.path().equals(f.path()) && h.line() == f.line() && h.column() == f.column()
                        && h.rule().equals(f.ruleId()))
                .map(HandWork::what).findFirst();
    }
}
