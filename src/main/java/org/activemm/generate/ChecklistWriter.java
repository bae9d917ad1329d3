package org.activemm.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;

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

    private final Templates templates;

    public ChecklistWriter(Templates templates) {
        this.templates = templates;
    }

    public String render(ScanResult scan, ArchPlan plan, Format format) {
        Scheme scheme = scan.scheme() == null ? Scheme.SEED : scan.scheme();
        Map<String, Object> model = SeriesGenerator.archRow(plan);
        model.put("scheme", scheme.word());
        model.put("option", scheme == Scheme.SEED ? SeriesPlanner.SEED_OPTION : SeriesPlanner.UPSTREAM_OPTION);
        model.put("tree", scan.tree() == null ? "" : scan.tree());
        model.put("revision", scan.revision() == null ? "" : scan.revision());
        List<Map<String, Object>> sites = new ArrayList<>();
        TreeSet<String> objects = new TreeSet<>();
        for (Finding f : SeriesPlanner.relevant(scan.findings(), List.of(plan))) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("path", f.path());
            s.put("line", f.line());
            s.put("function", f.function());
            s.put("rule", f.rule());
            s.put("what", RuleText.change(f, scheme));
            s.put("message", f.message() == null ? "" : f.message());
            sites.add(s);
            if (f.path().endsWith(".c")) {
                objects.add(f.path().substring(0, f.path().length() - 1) + "o");
            }
        }
        if (scheme == Scheme.SEED) {
            objects.add("kernel/fork.o");
            if (plan.implementationPath().endsWith(".c")) {
                String impl = plan.implementationPath();
                objects.add(impl.substring(0, impl.length() - 1) + "o");
            }
        }
        model.put("sites", sites);
        model.put("objects", new ArrayList<>(objects));
        return templates.render(format.template, model);
    }
}
