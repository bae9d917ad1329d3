package org.activemm.lex;

/**
 * A file's bytes as ISO-8859-1 characters (so any byte sequence lexes) with
 * the backslash-newline continuations spliced out and a lone CR read as a
 * line end (as gcc reads it; CR LF stays CR then LF), remembering each
 * character's physical line and column (1-based, a tab counts as one).
 * Columns count characters of the UTF-8 text the kernel is written in: a
 * continuation byte does not start a new column, so a token after a "—" or
 * an "é" in a comment has the column an editor shows.
 */
final class SourceText {
    final char[] chars;
    final int length;
    private final int[] lines;
    private final int[] columns;

    SourceText(byte[] bytes) {
        int n = bytes.length;
        chars = new char[n];
        lines = new int[n + 1];
        columns = new int[n + 1];
        int out = 0;
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < n) {
            char c = (char) (bytes[i] & 0xff);
            if (c == '\\') {
                int next = i + 1;
                if (next < n && bytes[next] == '\r') {
                    next++;
                }
                if (next < n && bytes[next] == '\n') {
                    next++;
                }
                if (next > i + 1) {
                    i = next;
                    line++;
                    column = 1;
                    continue;
                }
            }
            if (c == '\r' && (i + 1 == n || bytes[i + 1] != '\n')) {
                c = '\n';
            }
            chars[out] = c;
            lines[out] = line;
            columns[out] = column;
            out++;
            i++;
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Utf8.isContinuation(c)) {
                column++;
            }
        }
        lines[out] = line;
        columns[out] = column;
        length = out;
    }

    int lineAt(int index) {
        return lines[index];
    }

    int columnAt(int index) {
        return columns[index];
    }

    String text(int from, int to) {
        return new String(chars, from, to - from);
    }
}
