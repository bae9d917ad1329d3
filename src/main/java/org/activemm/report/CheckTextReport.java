package org.activemm.report;

import java.io.PrintWriter;
import java.util.List;

import org.activemm.series.PatchMail;
import org.activemm.series.checks.CheckFinding;
import org.activemm.series.checks.CheckLevel;
import org.activemm.series.checks.CheckResult;
import org.activemm.sites.Finding;

/**
 * {@code activemm check} as text, in checkpatch's manner: one
 * {@code FILE:LINE: LEVEL: ID: message} line per finding (the patch or mbox
 * file and its line; a finding about a kernel file names it at the end),
 * then a table of the entries, the sites still needing a change, and the verdict.
 */
public final class CheckTextReport {
    private CheckTextReport() {
    }

    public static void write(CheckResult result, PrintWriter out) {
        List<PatchMail> entries = result.series().entries();
        for (CheckFinding f : result.findings()) {
            String where = f.at().path() == null ? ""
                    : " (" + f.at().path() + (f.at().line() > 0 ? ":" + f.at().line() : "") + ")";
            out.println(entries.get(f.entry()).source() + ":" + f.at().mailLine() + ": "
                    + f.level().name() + ": " + f.id() + ": " + f.message() + where);
        }
        if (!result.findings().isEmpty()) {
            out.println();
        }
        int width = Math.max(5, entries.stream().mapToInt(m -> m.source().length()).max().orElse(5));
        out.printf("%-5s  %-" + width + "s  %-7s  %6s  %8s%n", "entry", "patch", "applied", "errors", "warnings");
        for (int i = 0; i < entries.size(); i++) {
            int entry = i;
            boolean isStep = result.steps().stream().anyMatch(s -> s.entry() == entry);
            out.printf("%5d  %-" + width + "s  %-7s  %6d  %8d%n", i, entries.get(i).source(),
                    isStep ? (result.applied(i) ? "yes" : "no") : "-", count(result, i, CheckLevel.ERROR),
                    count(result, i, CheckLevel.WARNING));
        }
        out.println();
        if (!result.arches().isEmpty()) {
            out.println(result.remaining().size() + (result.remaining().size() == 1 ? " site still needs"
                    : " sites still need") + " a change after the series for " + String.join(", ", result.arches())
                    + " (scheme " + result.scheme().word() + ")" + (result.remaining().isEmpty() ? "" : ":"));
            for (Finding f : result.remaining()) {
                out.println("  " + f.path() + ":" + f.line() + ":" + f.column() + ": " + f.message() + " [" + f.ruleId()
                        + "]");
            }
        }
        out.println("verdict: " + result.verdict() + " (" + counted(CheckJsonReport.count(result, CheckLevel.ERROR),
                "error") + ", " + counted(CheckJsonReport.count(result, CheckLevel.WARNING), "warning") + "; base "
                + result.base() + ")");
        out.flush();
    }

    private static String counted(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static long count(CheckResult result, int entry, CheckLevel level) {
        return result.findingsOf(entry).stream().filter(f -> f.level() == level).count();
    }
}
