package org.activemm.report;

import java.util.List;

import org.activemm.series.checks.CheckEntry;

/** Renders the check reference: docs/checks.md and {@code activemm rules --checks}. */
public final class CheckReference {
    private CheckReference() {
    }

    public static String markdown(List<CheckEntry> checks) {
        StringBuilder md = new StringBuilder();
        md.append("# activemm checks\n\n")
                .append("<!-- Generated from the check classes by `bin/activemm rules --checks --format markdown")
                .append(" --sources src/main/java > docs/checks.md`; CheckReferenceTest fails when this file is")
                .append(" stale. -->\n\n")
                .append("`activemm check` runs these checks on a patch series. Each check's id, summary and level")
                .append(" are declared on its class in `src/main/java/org/activemm/series/checks/`. An error makes")
                .append(" the series `not-ready` (exit 1); a warning does not.\n\n")
                .append("| check | class | what | level |\n")
                .append("| --- | --- | --- | --- |\n");
        for (CheckEntry check : checks) {
            md.append("| ").append(check.id())
                    .append(" | `").append(check.className()).append('`')
                    .append(" | ").append(check.summary().replace("|", "\\|"))
                    .append(" | ").append(check.level().word())
                    .append(" |\n");
        }
        return md.toString();
    }

    public static String text(List<CheckEntry> checks) {
        StringBuilder out = new StringBuilder();
        for (CheckEntry check : checks) {
            out.append(check.id()).append("  ").append(String.format("%-7s", check.level().word())).append("  ")
                    .append(check.summary()).append('\n');
        }
        return out.toString();
    }
}
