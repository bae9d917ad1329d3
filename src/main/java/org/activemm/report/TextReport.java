package org.activemm.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Status;
import org.activemm.tree.SkippedFile;

/**
 * The human report: one line per finding in the compiler convention
 * {@code path:line:col: level: message [RULE]}, so editors and CI annotate
 * it, then a table by scope and rule.
 */
public final class TextReport {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String MAGENTA = "\u001b[1;35m";
    private static final String CYAN = "\u001b[1;36m";

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    public void write(ScanResult scan, PrintWriter out) {
        for (Finding f : scan.findings()) {
            String status = f.isNote() ? "" : " {" + f.status().word() + "}";
            out.printf("%s:%d:%d: %s: %s%s [%s]%n", bold(f.path()), f.line(), f.column(), level(f.level()),
                    f.message(), status, bold(f.rule()));
        }
        for (SkippedFile s : scan.skipped()) {
            out.printf("%s: %s: not scanned: %s%n", bold(s.path()), level(Level.WARNING), s.reason());
        }
        summary(scan, out);
        out.flush();
    }

    private void summary(ScanResult scan, PrintWriter out) {
        Counts counts = Counts.of(scan.findings());
        long notes = scan.findings().stream().filter(Finding::isNote).count();
        int sites = scan.findings().size() - (int) notes;
        out.println();
        out.printf("%s: %d sites (%d need a change, %d converted, %d info)%s in %d files scanned%s%n",
                scan.revision() == null ? scan.tree() : scan.tree() + " @ " + scan.revision(),
                sites, count(counts, Status.NEEDS_CHANGE), count(counts, Status.CONVERTED), count(counts, Status.INFO),
                notes == 0 ? "" : ", " + notes + " comment notes", scan.filesScanned(),
                scan.skipped().isEmpty() ? "" : ", " + scan.skipped().size() + " files could not be read");
        out.printf("scheme %s, arches %s%n", scan.scheme().word(), String.join(",", scan.arches()));
        if (sites == 0) {
            return;
        }
        List<String> rules = new ArrayList<>(new TreeSet<>(counts.byRule().keySet()));
        int width = Math.max("scope".length(), counts.byScope().keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder header = new StringBuilder(String.format("%-" + width + "s", "scope"));
        rules.forEach(r -> header.append(' ').append(r));
        header.append("  total");
        out.println();
        out.println(header);
        for (Map.Entry<String, Map<String, Integer>> row : counts.byScopeAndRule().entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s", row.getKey()));
            int total = 0;
            for (String rule : rules) {
                int n = row.getValue().getOrDefault(rule, 0);
                total += n;
                line.append(' ').append(String.format("%6s", n == 0 ? "." : Integer.toString(n)));
            }
            line.append(String.format("  %5d", total));
            out.println(line);
        }
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
