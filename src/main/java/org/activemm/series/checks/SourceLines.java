package org.activemm.series.checks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A file's physical lines by number (1-based), as ISO-8859-1 text like the lexer reads them. */
final class SourceLines {
    private final byte[] content;
    private int[] starts = new int[64];
    private int count;

    SourceLines(byte[] content) {
        this.content = content;
        starts[count++] = 0;
        for (int i = 0; i + 1 < content.length; i++) {
            if (content[i] == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
    }

    /** Line {@code number} without its line end (LF or CR LF); empty outside the file. */
    String line(int number) {
        if (number < 1 || number > count) {
            return "";
        }
        int start = starts[number - 1];
        int end = number < count ? starts[number] - 1 : content.length;
        if (end > start && content[end - 1] == '\n') {
            end--; // the last line's
        }
        if (end > start && content[end - 1] == '\r') {
            end--;
        }
        return new String(content, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
