package org.activemm.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Status;
import org.activemm.sites.rules.Rules;
import org.activemm.tree.SkippedFile;

/**
 * The human report: one line per finding in the compiler convention
 * {@code path:line:col: level: message [RULE]}, so editors and CI annotate
 * it, then a table by scope and rule with its key. It leads with what the
 * chosen arches must change; {@code info} sites are counted in one line unless
 * {@code listInfo} (--all, --status), and suppressed findings are listed only with {@code all}.
 */
public final class TextReport {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String MAGENTA = "\u001b[1;35m";
    private static final String CYAN = "\u001b[1;36m";
    private static final Comparator<Finding> CHANGES_FIRST = Comparator.comparing(
            (Finding f) -> f.isNote() ? Status.values().length : f.status().ordinal());

    private final boolean colour;
    private final boolean all;
    private final boolean listInfo;
    private final int width;

    /**
     * @param width the terminal's width, to which lines are cut; 0 keeps them whole (pipes and files)
     */
    public TextReport(boolean colour, boolean all, boolean listInfo, int width) {
        this.colour = colour;
        this.all = all;
        this.listInfo = listInfo || all;
        this.width = width;
    }

    public void write(Report report, PrintWriter out) {
        ScanResult scan = report.scan();
        List<Finding> listed = listed(scan.findings());
        for (Finding f : listed) {
            String status = f.isNote() ? "" : " {" + f.status().word() + "}";
            line(out, String.format("%s:%d:%d: %s: %s%s [%s]", bold(f.path()), f.line(), f.column(), level(f.level()),
                    f.message(), status, bold(f.ruleId())));
        }
        if (all) {
            for (SuppressedFinding s : report.suppressed()) {
                Finding f = s.finding();
                line(out, String.format("%s:%d:%d: %s: %s {suppressed: %s} [%s]", bold(f.path()), f.line(),
                        f.column(), level(Level.NOTE), f.message(), s.reason(), bold(f.ruleId())));
            }
        }
        for (SkippedFile s : scan.skipped()) {
            line(out, String.format("%s: %s: not scanned: %s", bold(s.path()), level(Level.WARNING), s.reason()));
        }
        summary(report, listed, out);
        out.flush();
    }

    private List<Finding> listed(List<Finding> findings) {
        if (listInfo) {
            return findings;
        }
        List<Finding> listed = new ArrayList<>(findings.stream()
                .filter(f -> f.isNote() || f.status() != Status.INFO).toList());
        listed.sort(CHANGES_FIRST);
        return listed;
    }

    private void summary(Report report, List<Finding> listed, PrintWriter out) {
        ScanResult scan = report.scan();
        Counts counts = Counts.of(scan.findings());
        long notes = scan.findings().stream().filter(Finding::isNote).count();
        int sites = scan.findings().size() - (int) notes;
        int info = count(counts, Status.INFO);
        out.println();
        line(out, String.format("%s: %d sites (%d need a change, %d converted, %d info)%s in %d files scanned%s",
                scan.revision() == null ? scan.tree() : scan.tree() + " @ " + scan.revision(),
                sites, count(counts, Status.NEEDS_CHANGE), count(counts, Status.CONVERTED), info,
                notes == 0 ? "" : ", " + notes + " comment notes", scan.filesScanned(),
                scan.skipped().isEmpty() ? "" : ", " + scan.skipped().size() + " files could not be read"));
        line(out, String.format("scheme %s, arches %s", scan.scheme().word(), String.join(",", scan.arches())));
        if (!listInfo && info > 0) {
            line(out, info + " info sites not listed (arches that do not opt in, dead branches, enter_lazy_tlb()"
                    + " calls): --all or --status info lists them");
        }
        if (!report.suppressed().isEmpty()) {
            line(out, report.suppressed().size() + " suppressed by the suppressions file"
                    + (all ? "" : ": --all lists them"));
        }
        if (report.inBaseline() > 0) {
            line(out, report.inBaseline() + " findings already in the baseline, not reported");
        }
        table(Counts.of(listed), out);
    }

    private void table(Counts counts, PrintWriter out) {
        if (counts.byRule().isEmpty()) {
            return;
        }
        List<String> rules = new ArrayList<>(new TreeSet<>(counts.byRule().keySet()));
        int scopeWidth = Math.max("scope".length(),
                counts.byScope().keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder header = new StringBuilder(String.format("%-" + scopeWidth + "s", "scope"));
        rules.forEach(r -> header.append(' ').append(r));
        header.append("  total");
        out.println();
        line(out, header.toString());
        for (Map.Entry<String, Map<String, Integer>> row : counts.byScopeAndRule().entrySet()) {
            StringBuilder text = new StringBuilder(String.format("%-" + scopeWidth + "s", row.getKey()));
            int total = 0;
            for (String rule : rules) {
                int n = row.getValue().getOrDefault(rule, 0);
                total += n;
                text.append(' ').append(String.format("%6s", n == 0 ? "." : Integer.toString(n)));
            }
            text.append(String.format("  %5d", total));
            line(out, text.toString());
        }
        out.println();
        for (String rule : rules) {
            line(out, rule + "  " + Rules.byId(rule).info().summary());
        }
    }

    /** One line, cut to the terminal's width (escape sequences take no columns). */
    private void line(PrintWriter out, String text) {
        if (width <= 0 || visibleLength(text) <= width) {
            out.println(text);
            return;
        }
        StringBuilder cut = new StringBuilder();
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u001b') {
                int end = text.indexOf('m', i);
                cut.append(text, i, end + 1);
                i = end;
            } else if (visible < width - 1) {
                cut.append(c);
                visible++;
            }
        }
        out.println(cut.append('\u2026').append(colour ? RESET : ""));
    }

    private static int visibleLength(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "").length();
    }

    private static int count(Counts counts, Status status) {
        return counts.byStatus().getOrDefault(status.word(), 0);
    }

    private String level(Level level) {
        if (!colour) {
            return level.word();
        }
        return (level == Level.WARNING ? MAGENTA : CYAN) + level.word() + RESET;
    }

    private String bold(String text) {
        return colour ? BOLD + text + RESET : text;
    }
}
