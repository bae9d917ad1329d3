package org.activemm.generate;

import java.util.List;

/** The diffstat {@code git format-patch} puts after the {@code ---} line. */
final class Diffstat {
    private static final int GRAPH_WIDTH = 50;

    private Diffstat() {
    }

    static String of(List<FileDiff> diffs) {
        int nameWidth = diffs.stream().mapToInt(d -> d.path().length()).max().orElse(0);
        int maxChange = diffs.stream().mapToInt(d -> d.insertions() + d.deletions()).max().orElse(0);
        int countWidth = String.valueOf(maxChange).length();
        StringBuilder out = new StringBuilder();
        int insertions = 0;
        int deletions = 0;
        for (FileDiff d : diffs) {
            int ins = d.insertions();
            int del = d.deletions();
            insertions += ins;
            deletions += del;
            int plus = ins;
            int minus = del;
            if (maxChange > GRAPH_WIDTH) {
                plus = scale(ins, maxChange);
                minus = scale(del, maxChange);
            }
            out.append(' ').append(pad(d.path(), nameWidth)).append(" | ")
                    .append(String.format("%" + countWidth + "d", ins + del)).append(' ')
                    .append("+".repeat(plus)).append("-".repeat(minus)).append('\n');
        }
        out.append(' ').append(diffs.size()).append(diffs.size() == 1 ? " file changed" : " files changed");
        if (insertions > 0 || deletions == 0) {
            out.append(", ").append(insertions).append(insertions == 1 ? " insertion(+)" : " insertions(+)");
        }
        if (deletions > 0) {
            out.append(", ").append(deletions).append(deletions == 1 ? " deletion(-)" : " deletions(-)");
        }
        return out.append('\n').toString();
    }

    private static int scale(int n, int max) {
        return n == 0 ? 0 : Math.max(1, n * GRAPH_WIDTH / max);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
