package org.activemm.lex;

/** Longest-match C punctuators, so that {@code =} and {@code ==} or {@code ->} stay apart. */
final class Punctuators {
    private static final String[] THREE = {"<<=", ">>=", "..."};
    private static final String[] TWO = {"->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
        "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "##"};

    private Punctuators() {
    }

    static int length(char[] c, int pos, int n) {
        if (matchesAny(THREE, c, pos, n)) {
            return 3;
        }
        if (matchesAny(TWO, c, pos, n)) {
            return 2;
        }
        return 1;
    }

    private static boolean matchesAny(String[] options, char[] c, int pos, int n) {
        for (String s : options) {
            if (pos + s.length() <= n && s.charAt(0) == c[pos] && s.charAt(1) == c[pos + 1]
                    && (s.length() < 3 || s.charAt(2) == c[pos + 2])) {
                return true;
            }
        }
        return false;
    }
}
