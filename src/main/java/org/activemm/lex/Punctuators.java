package org.activemm.lex;

/** Longest-match C punctuators, so that {@code =} and {@code ==} or {@code ->} stay apart. */
final class Punctuators {
    private static final String[] SINGLE = new String[256];

    static {
        for (int i = 0; i < SINGLE.length; i++) {
            SINGLE[i] = String.valueOf((char) i);
        }
    }

    private Punctuators() {
    }

    /** The length of the punctuator at {@code pos}: 3, 2 or 1. */
    static int length(char[] c, int pos, int n) {
        char a = c[pos];
        char b = pos + 1 < n ? c[pos + 1] : '\0';
        char third = pos + 2 < n ? c[pos + 2] : '\0';
        switch (a) {
            case '<', '>' -> {
                if (b == a) {
                    return third == '=' ? 3 : 2;
                }
                return b == '=' ? 2 : 1;
            }
            case '.' -> {
                return b == '.' && third == '.' ? 3 : 1;
            }
            case '-' -> {
                return b == '>' || b == '-' || b == '=' ? 2 : 1;
            }
            case '+', '&', '|' -> {
                return b == a || b == '=' ? 2 : 1;
            }
            case '#' -> {
                return b == '#' ? 2 : 1;
            }
            case '=', '!', '*', '/', '%', '^' -> {
                return b == '=' ? 2 : 1;
            }
            default -> {
                return 1;
            }
        }
    }

    /** A shared string for a one-character token. */
    static String single(char c) {
        return c < SINGLE.length ? SINGLE[c] : String.valueOf(c);
    }
}
