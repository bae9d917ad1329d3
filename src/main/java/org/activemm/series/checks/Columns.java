package org.activemm.series.checks;

/** The width of a line on a terminal: characters, with a tab to the next multiple of 8 and no line end. */
final class Columns {
    private Columns() {
    }

    static int of(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
            int c = line.codePointAt(i);
            if (c == '\t') {
                width = (width / 8 + 1) * 8;
            } else if (c != '\r' && c != '\n') {
                width++;
            }
        }
        return width;
    }
}
