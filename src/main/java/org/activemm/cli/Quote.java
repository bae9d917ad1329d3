package org.activemm.cli;

/**
 * Makes text safe for one line of a terminal: control characters (newline,
 * escape, C1 controls) in user input such as a revision or a path are
 * written as C escapes, so {@code HEAD<newline>master} reads {@code HEAD\nmaster}.
 */
final class Quote {
    private Quote() {
    }

    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 || (c >= 0x7f && c < 0xa0) ? String.format("\\x%02x", (int) c) : null;
        };
    }
}
