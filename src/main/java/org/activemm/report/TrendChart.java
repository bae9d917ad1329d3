package org.activemm.report;

import java.util.List;

import org.activemm.SvgWriter;
import org.activemm.sites.Status;

/**
 * A trend as an SVG bar chart: per revision, oldest left, the sites that
 * need a change, stacked by rule, with the total above each bar and a key
 * of the rules on the right. Each bar is a {@code <g class="revision">}.
 */
public final class TrendChart {
    private static final String[] COLOURS = {"#1f5fbf", "#b8321f", "#2a7f45", "#7b3fa0", "#b86a00", "#0f7c86",
        "#8c564b", "#c2185b", "#5f6b00", "#4d4d4d", "#6a5acd", "#d4a017", "#e377c2", "#9e9d24"};
    private static final int LEFT = 64;
    private static final int TOP = 40;
    private static final int PLOT_HEIGHT = 260;
    private static final int BOTTOM = 56;
    private static final int SLOT = 88;
    private static final int BAR = 48;
    private static final int KEY_WIDTH = 120;
    private static final int KEY_ROW = 18;

    private TrendChart() {
    }

    public static String svg(Trend trend) {
        List<String> rules = trend.rules().stream()
                .filter(rule -> trend.revisions().stream().anyMatch(r -> r.count(rule, Status.NEEDS_CHANGE) > 0))
                .toList();
        int n = trend.revisions().size();
        int width = LEFT + Math.max(1, n) * SLOT + KEY_WIDTH;
        int height = Math.max(TOP + PLOT_HEIGHT + BOTTOM, TOP + KEY_ROW * (rules.size() + 1));
        SvgWriter svg = new SvgWriter(width, height, "Sites that need a change per revision, by rule");
        int max = trend.revisions().stream().mapToInt(r -> r.total(Status.NEEDS_CHANGE)).max().orElse(0);
        int step = niceStep(max);
        int top = Math.max(step, (max + step - 1) / step * step);
        double bottom = TOP + PLOT_HEIGHT;
        double perSite = (double) PLOT_HEIGHT / top;
        svg.text("text", "Sites that need a change (" + trend.scheme() + " scheme)", "x", LEFT, "y", 20,
                "font-weight", "bold");
        for (int t = 0; t <= top; t += step) {
            double y = bottom - t * perSite;
            svg.empty("line", "x1", LEFT, "x2", LEFT + n * SLOT, "y1", y, "y2", y, "stroke", "#d9d9d9");
            svg.text("text", String.valueOf(t), "x", LEFT - 8, "y", y + 4, "text-anchor", "end");
        }
        for (int i = 0; i < n; i++) {
            RevisionCounts r = trend.revisions().get(i);
            double x = LEFT + i * SLOT + (SLOT - BAR) / 2.0;
            svg.start("g", "class", "revision", "data-revision", r.revision());
            double y = bottom;
            for (int k = 0; k < rules.size(); k++) {
                int count = r.count(rules.get(k), Status.NEEDS_CHANGE);
                if (count > 0) {
                    double h = count * perSite;
                    y -= h;
                    svg.start("rect", "class", "rule", "data-rule", rules.get(k), "data-count", count,
                            "x", x, "y", y, "width", BAR, "height", h, "fill", colour(k));
                    svg.text("title", r.revision() + ": " + count + " " + rules.get(k)).end();
                }
            }
            svg.text("text", String.valueOf(r.total(Status.NEEDS_CHANGE)), "x", x + BAR / 2.0, "y", y - 6,
                    "text-anchor", "middle", "class", "total");
            svg.text("text", r.revision(), "x", x + BAR / 2.0, "y", bottom + 18, "text-anchor", "middle");
            svg.end();
        }
        svg.empty("line", "x1", LEFT, "x2", LEFT, "y1", TOP, "y2", bottom, "stroke", "#555");
        svg.empty("line", "x1", LEFT, "x2", LEFT + n * SLOT, "y1", bottom, "y2", bottom, "stroke", "#555");
        svg.start("g", "class", "key");
        double keyX = LEFT + n * SLOT + 16;
        for (int k = 0; k < rules.size(); k++) {
            double y = TOP + k * KEY_ROW;
            svg.empty("rect", "x", keyX, "y", y, "width", 12, "height", 12, "fill", colour(k));
            svg.text("text", rules.get(k), "x", keyX + 18, "y", y + 11);
        }
        svg.end();
        return svg.finish();
    }

    /** 1, 2 or 5 times a power of ten, so that about five grid lines span the tallest bar. */
    private static int niceStep(int max) {
        int rough = Math.max(1, max / 5);
        int power = 1;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (int m : new int[] {1, 2, 5}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }
}
