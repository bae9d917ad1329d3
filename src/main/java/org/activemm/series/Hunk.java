package org.activemm.series;

import java.util.List;

/**
 * One hunk of a file's diff: its {@code @@} line, where it starts in the old
 * and the new file, and its lines.
 *
 * @param number 1 for the file's first hunk
 * @param mailLine the input file's line of the {@code @@} line
 */
public record Hunk(int number, String header, int oldStart, int oldCount, int newStart, int mailLine,
        List<Line> lines) {

    public Hunk {
        lines = List.copyOf(lines);
    }

    /**
     * A line of the hunk: {@code ' '}, {@code '-'} or {@code '+'}, its text
     * without the prefix and line end (bytes as ISO-8859-1 chars, so any
     * encoding survives; a DOS line end keeps its {@code \r}), and whether
     * {@code \ No newline at end of file} follows it.
     */
    public record Line(char kind, String text, boolean noNewline, int mailLine) {
        boolean inOld() {
            return kind != '+';
        }

        boolean inNew() {
            return kind != '-';
        }

        String withEnd() {
            return noNewline ? text : text + "\n";
        }
    }
}
