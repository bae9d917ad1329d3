package org.activemm.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.activemm.sites.Status;

/**
 * A trend as a plain table, one row per revision and rule with a site, then
 * the revision's total: easy to read, and to grep or sort by column.
 */
public final class TrendTable {
    private static final int SHORT_COMMIT = 12;

    private TrendTable() {
    }

    public static void write(Trend trend, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"revision", "commit", "rule", "needs-change", "converted", "info"});
        for (RevisionCounts r : trend.revisions()) {
            String commit = r.commit().substring(0, Math.min(SHORT_COMMIT, r.commit().length()));
            for (String rule : r.byRule().keySet()) {
                rows.add(row(r.revision(), commit, rule, r.count(rule, Status.NEEDS_CHANGE),
                        r.count(rule, Status.CONVERTED), r.count(rule, Status.INFO)));
            }
            rows.add(row(r.revision(), commit, "total", r.total(Status.NEEDS_CHANGE), r.total(Status.CONVERTED),
                    r.total(Status.INFO)));
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                // names left, numbers right, so that columns of counts line up by digit
                String cell = i < 3 ? String.format("%-" + widths[i] + "s", row[i])
                        : String.format("%" + widths[i] + "s", row[i]);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private static String[] row(String revision, String commit, String rule, int needsChange, int converted,
            int info) {
        return new String[] {revision, commit, rule, String.valueOf(needsChange), String.valueOf(converted),
            String.valueOf(info)};
    }
}
