package org.activemm.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps a mail's long lines at word boundaries: checkpatch.pl warns about a
 * commit message line over 75 columns ("Possible unwrapped commit
 * description"), and model texts such as costs and counterexamples are
 * longer than that.
 */
final class CommitText {
    private static final Pattern WORD = Pattern.compile("( *)(\\S+)");
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
            wrapLine(lines[i], width, "", out);
        }
        return out.toString();
    }

    /**
     * A cover letter: the body's long lines wrapped, an indented item's
     * continuation indented two more columns; the headers and the diffstat
     * (lines indented by exactly one space, as git prints it) stay as they are.
     */
    static String wrapCoverLetter(String mail, int width) {
        int body = mail.indexOf("\n\n");
        if (body < 0) {
            return mail;
        }
        StringBuilder out = new StringBuilder(mail.substring(0, body + 2));
        String[] lines = mail.substring(body + 2).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            if (line.startsWith(" ") && !line.startsWith("  ")) {
                out.append(line);
            } else {
                wrapLine(line, width, line.startsWith(" ") ? "  " : "", out);
            }
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, String hang, StringBuilder out) {
        if (line.length() <= width) {
            out.append(line);
            return;
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        StringBuilder current = new StringBuilder(indent);
        int start = indent.length();
        // a word with the spaces before it, which stay as they are (a table's alignment) unless the line breaks there
        Matcher word = WORD.matcher(line.strip());
        while (word.find()) {
            if (current.length() > start && current.length() + word.group().length() > width) {
                out.append(current).append('\n');
                current.setLength(0);
                current.append(indent).append(hang);
                start = current.length();
            }
            current.append(current.length() > start ? word.group() : word.group(2)); // a long word stays whole
        }
        out.append(current);
    }
}
