package org.activemm.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.activemm.model.TraceStep;
import org.activemm.model.Verdict;

/**
 * A verdict's counterexample as a per-CPU sequence chart in plain, self-contained SVG: one lifeline
 * per CPU and one for the mm M, each step a dot on the lifeline of the CPU that takes it, an arrow to
 * M's lifeline where the step changes M's counts or phase, and the step where the property breaks
 * marked in red. No scripts, no external fonts or styles, so any browser or viewer shows it.
 */
public final class SequenceChart {
    private static final int MARGIN = 20;
    private static final int LANE = 90;
    private static final int HEADER_TOP = 44;
    private static final int HEADER_HEIGHT = 28;
    private static final int LINE = 16;
    private static final int ROW_GAP = 14;
    private static final int WRAP = 96;
    /**
     * A character's advance at 12px, with room to spare: monospace fonts advance 0.6em (DejaVu Sans Mono
     * 0.602em, bold too), so 7px per character clipped the longest lines by a few characters.
     */
    private static final double CHAR_WIDTH = 0.62 * 12;
    private static final String BREAK_COLOUR = "#c62828";
    private static final String FONT = "font-family=\"monospace\" font-size=\"12\"";

    private SequenceChart() {
    }

    public static String svg(Verdict v) {
        int lanes = v.cpus() + 1;
        int textX = laneX(lanes) - LANE / 2 + MARGIN;
        List<Row> rows = rows(v);
        int y = HEADER_TOP + HEADER_HEIGHT + 24;
        StringBuilder body = new StringBuilder();
        int widest = 0;
        for (Row row : rows) {
            body.append(row.render(v, y, textX));
            widest = Math.max(widest, row.widestLine());
            y += row.height();
        }
        int height = y + MARGIN;
        int width = textX + (int) Math.ceil(Math.max(widest, title(v).length()) * CHAR_WIDTH) + MARGIN;
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n")
                .append("<title>").append(escape(title(v))).append("</title>\n")
                .append("<desc>").append(escape(v.explanation())).append("</desc>\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
                .append(text(MARGIN, 24, title(v), "font-weight=\"bold\"", v.safe() ? "#2e7d32" : BREAK_COLOUR));
        for (int lane = 0; lane < lanes; lane++) {
            String name = lane < v.cpus() ? "cpu" + lane : "mm M";
            int x = laneX(lane);
            out.append("<g class=\"lifeline\" id=\"").append(lane < v.cpus() ? "cpu" + lane : "mm").append("\">")
                    .append("<rect x=\"").append(x - LANE / 2 + 6).append("\" y=\"").append(HEADER_TOP)
                    .append("\" width=\"").append(LANE - 12).append("\" height=\"").append(HEADER_HEIGHT)
                    .append("\" rx=\"4\" fill=\"").append(lane < v.cpus() ? "#e3f2fd" : "#fff3e0")
                    .append("\" stroke=\"#555\"/>")
                    .append(text(x, HEADER_TOP + 18, name, "text-anchor=\"middle\"", "#000"))
                    .append("<line x1=\"").append(x).append("\" y1=\"").append(HEADER_TOP + HEADER_HEIGHT)
                    .append("\" x2=\"").append(x).append("\" y2=\"").append(height - MARGIN)
                    .append("\" stroke=\"#999\" stroke-dasharray=\"4 3\"/></g>\n");
        }
        out.append(body).append("</svg>\n");
        return out.toString();
    }

    private static String title(Verdict v) {
        return v.arch() + ", " + v.scheme().word() + "/" + v.strategy().word() + ", " + v.cpus() + " CPUs, EFI "
                + v.efi().word() + ": " + (v.safe() ? "safe" : "breaks " + v.property());
    }

    /** The steps, then for a safe pair the argument and for a leak the state nothing can free. */
    private static List<Row> rows(Verdict v) {
        List<Row> rows = new ArrayList<>();
        List<TraceStep> steps = v.steps();
        boolean leak = "no-leak".equals(v.property());
        for (int i = 0; i < steps.size(); i++) {
            boolean breaks = !v.safe() && !leak && i == steps.size() - 1;
            rows.add(new Row(i + 1, steps.get(i), breaks, null));
        }
        if (v.safe()) {
            rows.add(new Row(0, null, false, "safe: " + v.explanation()));
        } else if (leak) {
            rows.add(new Row(0, null, true, "breaks no-leak: from here M is never freed. " + v.finalState()));
        }
        return rows;
    }

    /** One row: a numbered step on its CPU's lifeline, or a note across the chart. */
    private record Row(int number, TraceStep step, boolean breaks, String note) {
        List<String> lines() {
            List<String> out = new ArrayList<>();
            if (step == null) {
                out.addAll(wrap(note));
                return out;
            }
            String text = (breaks ? "breaks here: " : "") + step.text();
            out.addAll(wrap(number + ". " + text));
            if (step.mmAfter() != null) {
                out.addAll(wrap("   M: " + step.mmAfter()));
            }
            return out;
        }

        int height() {
            return lines().size() * LINE + ROW_GAP;
        }

        int widestLine() {
            return lines().stream().mapToInt(String::length).max().orElse(0);
        }

        String render(Verdict v, int y, int textX) {
            String colour = breaks ? BREAK_COLOUR : "#000";
            StringBuilder out = new StringBuilder("<g class=\"").append(step == null ? "note" : "step")
                    .append(breaks ? " breaks" : "").append("\">");
            if (step != null) {
                int x = laneX(step.cpu());
                if (step.mmAfter() != null) {
                    int mm = laneX(v.cpus());
                    out.append("<line class=\"to-mm\" x1=\"").append(x).append("\" y1=\"").append(y - 4)
                            .append("\" x2=\"").append(mm - 6).append("\" y2=\"").append(y - 4)
                            .append("\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>");
                    if (breaks) {
                        out.append(String.format(Locale.ROOT, "<path d=\"M%d,%d l12,12 m0,-12 l-12,12\" stroke=\"%s\""
                                + " stroke-width=\"3\"/>", mm + 8, y - 10, BREAK_COLOUR));
                    }
                }
                out.append("<circle cx=\"").append(x).append("\" cy=\"").append(y - 4).append("\" r=\"")
                        .append(breaks ? 8 : 5).append("\" fill=\"").append(breaks ? BREAK_COLOUR : "#1565c0").append("\"/>")
                        .append(text(x - 12, y, String.valueOf(number), "text-anchor=\"end\"", colour));
            }
            List<String> lines = lines();
            for (int i = 0; i < lines.size(); i++) {
                out.append(text(textX, y + i * LINE, lines.get(i), breaks && i == 0 ? "font-weight=\"bold\"" : "", colour));
            }
            return out.append("</g>\n").toString();
        }
    }

    private static int laneX(int lane) {
        return MARGIN + LANE / 2 + lane * LANE;
    }

    private static String text(int x, int y, String content, String extra, String colour) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" %s fill=\"%s\"%s>%s</text>", x, y, FONT, colour,
                extra.isEmpty() ? "" : " " + extra, escape(content));
    }

    /** Breaks a line at spaces so that no line is much longer than {@value #WRAP} characters. */
    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            if (cut <= 0) {
                cut = WRAP;
            }
            out.add(rest.substring(0, cut));
            rest = "      " + rest.substring(cut).strip();
        }
        out.add(rest);
        return out;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
