package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.activemm.sites.Scheme;
import org.activemm.sites.rules.RuleEntry;

/** Renders the rule reference: docs/rules.md and {@code activemm rules --format markdown}. */
public final class RuleReference {
    private RuleReference() {
    }

    public static String markdown(List<RuleEntry> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# activemm rules\n\n")
                .append("<!-- Generated from the rule classes by `bin/activemm rules --format markdown --sources")
                .append(" src/main/java > docs/rules.md`; RuleReferenceTest fails when this file is stale. -->\n\n")
                .append("Each rule's id, summary and change are declared on its class in")
                .append(" `src/main/java/org/activemm/sites/rules/`. docs/design.md and docs/sites.md say which role and")
                .append(" purpose each rule covers.\n\n")
                .append("| rule | class | what | the change under " + Scheme.SEED.option() + " |\n")
                .append("| --- | --- | --- | --- |\n");
        for (RuleEntry rule : rules) {
            md.append("| ").append(rule.id())
                    .append(" | `").append(rule.className()).append('`')
                    .append(" | ").append(cell(rule.summary()))
                    .append(" | ").append(cell(rule.change()))
                    .append(" |\n");
        }
        // one heading per rule: the anchor SARIF's helpUri points to
        for (RuleEntry rule : rules) {
            md.append("\n## ").append(rule.id()).append("\n\n")
                    .append(rule.summary()).append(" (`").append(rule.className()).append("`).")
                    .append(" Under ").append(Scheme.SEED.option()).append(": ").append(rule.change()).append(".\n");
        }
        return md.toString();
    }

    /** The anchor of a rule's section in docs/rules.md, as Markdown renderers derive it from the heading. */
    public static String anchor(String ruleId) {
        return ruleId.toLowerCase(Locale.ROOT);
    }

    /** {@code activemm rules --format json}: an array of {@code {id, class, summary, change}}. */
    public static void json(List<RuleEntry> rules, Writer out) throws IOException {
        JsonTree.write(rules.stream().map(r -> JsonTree.object("id", r.id(), "class", r.className(),
                "summary", r.summary(), "change", r.change())).toList(), out);
    }

    public static String text(List<RuleEntry> rules) {
        StringBuilder out = new StringBuilder();
        for (RuleEntry rule : rules) {
            out.append(rule.id()).append("  ").append(rule.summary()).append('\n')
                    .append("        change: ").append(rule.change()).append('\n');
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
