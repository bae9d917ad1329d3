package org.activemm.generate;

/**
 * Wraps a commit message's long lines at word boundaries: checkpatch.pl warns
 * about a line over 75 columns ("Possible unwrapped commit description"), and
 * model texts such as costs and counterexamples are longer than that.
 */
final class CommitText {
    /** checkpatch.pl's limit for a commit message line. */
    static final int WIDTH = 75;

    private CommitText() {
    }

    /** Each line over {@code width} broken at spaces; continuation lines keep the line's indentation. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapLine(lines[i], width, out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (line.length() <= width) {
            out.append(line);
            return;
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        StringBuilder current = new StringBuilder(indent);
        for (String word : line.strip().split(" +")) {
            if (current.length() > indent.length() && current.length() + 1 + word.length() > width) {
                out.append(current).append('\n');
                current.setLength(0);
                current.append(indent);
            }
            if (current.length() > indent.length()) {
                current.append(' ');
            }
            current.append(word); // a single word longer than the width stays whole
        }
        out.append(current);
    }
}
