package org.activemm.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToIntBiFunction;

import org.activemm.SvgWriter;
import org.activemm.model.Costs;

/**
 * The checklist's picture of what each strategy costs as the machine grows:
 * IPIs per exit and mm_count atomics per lazy switch against the CPU count,
 * one line per strategy, the chosen one drawn thicker and named so. CPU
 * counts are equally spaced (they grow by powers of two and more); IPIs use
 * a log scale, since 0, 1 and 1023 must all stay readable.
 */
final class CostChart {
    /** One strategy's line. */
    record Line(String strategy, boolean safe, boolean chosen, Costs costs) {
    }

    private static final String[] COLOURS = {"#1f5fbf", "#b8321f", "#2a7f45", "#7b3fa0", "#b86a00", "#4d4d4d"};
    private static final String[] DASHES = {"none", "7 4", "2 3", "9 3 2 3", "1 6", "12 6"};
    private static final int PANEL_WIDTH = 330;
    private static final int PANEL_HEIGHT = 230;
    private static final int LEFT = 56;
    private static final int TOP = 34;
    private static final int BOTTOM = 42;
    private static final int RIGHT = 16;
    private static final int LEGEND_ROW = 20;

    private CostChart() {
    }

    static String svg(List<Line> lines) {
        int height = PANEL_HEIGHT + 16 + LEGEND_ROW * lines.size();
        SvgWriter svg = new SvgWriter(2 * PANEL_WIDTH, height,
                "IPIs per exit and mm_count atomics per lazy switch by CPU count, per strategy");
        int maxIpis = lines.stream().flatMap(l -> l.costs().ipisPerExit().values().stream())
                .mapToInt(Integer::intValue).max().orElse(0);
        int decades = (int) Math.ceil(Math.log10(1 + Math.max(maxIpis, 9)));
        List<Integer> ipiTicks = new ArrayList<>(List.of(0));
        for (int d = 1; d <= decades; d++) {
            ipiTicks.add((int) Math.pow(10, d));
        }
        panel(svg, 0, "IPIs per exit (log scale)", lines, (c, n) -> c.ipis(n),
                v -> Math.log10(1 + v) / Math.log10(1 + Math.pow(10, decades)), ipiTicks);
        int maxAtomics = Math.max(2, lines.stream().mapToInt(l -> l.costs().atomicsPerLazySwitch()).max().orElse(0));
        List<Integer> atomicTicks = new ArrayList<>();
        for (int t = 0; t <= maxAtomics; t++) {
            atomicTicks.add(t);
        }
        panel(svg, PANEL_WIDTH, "mm_count atomics per lazy switch", lines, (c, n) -> c.atomicsPerLazySwitch(),
                v -> v / maxAtomics, atomicTicks);
        legend(svg, lines, PANEL_HEIGHT + 10);
        return svg.finish();
    }

    /** One plot: axes, ticks, then a polyline with markers per strategy; {@code scale} maps a value to 0..1. */
    private static void panel(SvgWriter svg, int x0, String title, List<Line> lines,
            ToIntBiFunction<Costs, Integer> value, DoubleUnaryOperator scale, List<Integer> ticks) {
        double plotLeft = x0 + LEFT;
        double plotRight = x0 + PANEL_WIDTH - RIGHT;
        double plotTop = TOP;
        double plotBottom = PANEL_HEIGHT - BOTTOM;
        List<Integer> cpus = Costs.CPU_COUNTS;
        double step = (plotRight - plotLeft) / Math.max(1, cpus.size() - 1);
        svg.start("g", "class", "panel");
        svg.text("text", title, "x", plotLeft, "y", 18.0, "font-weight", "bold");
        for (int t : ticks) {
            double y = plotBottom - scale.applyAsDouble(t) * (plotBottom - plotTop);
            svg.empty("line", "x1", plotLeft, "x2", plotRight, "y1", y, "y2", y, "stroke", "#d0d0d0");
            svg.text("text", String.valueOf(t), "x", plotLeft - 6, "y", y + 4, "text-anchor", "end");
        }
        for (int i = 0; i < cpus.size(); i++) {
            svg.text("text", String.valueOf(cpus.get(i)), "x", plotLeft + i * step, "y", plotBottom + 16,
                    "text-anchor", "middle");
        }
        svg.text("text", "CPUs", "x", (plotLeft + plotRight) / 2, "y", plotBottom + 32, "text-anchor", "middle");
        svg.empty("line", "x1", plotLeft, "x2", plotLeft, "y1", plotTop, "y2", plotBottom, "stroke", "#555");
        svg.empty("line", "x1", plotLeft, "x2", plotRight, "y1", plotBottom, "y2", plotBottom, "stroke", "#555");
        for (int s : drawingOrder(lines)) {
            Line line = lines.get(s);
            StringBuilder points = new StringBuilder();
            List<double[]> marks = new ArrayList<>();
            for (int i = 0; i < cpus.size(); i++) {
                double x = plotLeft + i * step;
                double y = plotBottom - scale.applyAsDouble(value.applyAsInt(line.costs(), cpus.get(i)))
                        * (plotBottom - plotTop);
                points.append(points.length() == 0 ? "" : " ").append(SvgWriter.number(x)).append(',')
                        .append(SvgWriter.number(y));
                marks.add(new double[] {x, y});
            }
            svg.start("g", "class", line.chosen() ? "strategy chosen" : "strategy", "data-strategy", line.strategy());
            svg.empty("polyline", "points", points.toString(), "fill", "none", "stroke", colour(s),
                    "stroke-width", line.chosen() ? 4 : 2, "stroke-dasharray", DASHES[s % DASHES.length]);
            for (double[] m : marks) {
                svg.empty("circle", "cx", m[0], "cy", m[1], "r", line.chosen() ? 5 : 3, "fill", colour(s));
            }
            svg.end();
        }
        svg.end();
    }

    /** Indexes of the lines, the chosen one last, so that it is drawn on top of any line it shares. */
    private static List<Integer> drawingOrder(List<Line> lines) {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < lines.size(); s++) {
            if (!lines.get(s).chosen()) {
                order.add(s);
            }
        }
        for (int s = 0; s < lines.size(); s++) {
            if (lines.get(s).chosen()) {
                order.add(s);
            }
        }
        return order;
    }

    private static void legend(SvgWriter svg, List<Line> lines, int top) {
        svg.start("g", "class", "legend");
        for (int s = 0; s < lines.size(); s++) {
            Line line = lines.get(s);
            double y = top + LEGEND_ROW * (s + 0.5);
            svg.empty("line", "x1", LEFT, "x2", LEFT + 34, "y1", y, "y2", y, "stroke", colour(s),
                    "stroke-width", line.chosen() ? 4 : 2, "stroke-dasharray", DASHES[s % DASHES.length]);
            int most = Costs.CPU_COUNTS.get(Costs.CPU_COUNTS.size() - 1);
            svg.text("text", line.strategy() + (line.safe() ? ": safe" : ": unsafe")
                            + (line.chosen() ? " (chosen)" : "") + ": " + line.costs().ipis(most) + " IPIs per exit at "
                            + most + " CPUs, " + line.costs().atomicsPerLazySwitch() + " atomics per lazy switch",
                    "x", LEFT + 42, "y", y + 4, "font-weight", line.chosen() ? "bold" : "normal");
        }
        svg.end();
    }

    private static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }
}
