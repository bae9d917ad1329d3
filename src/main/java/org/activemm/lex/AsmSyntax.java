package org.activemm.lex;

/**
 * How an architecture's assembler starts a line comment besides C
 * comments: {@code #} (x86, powerpc, mips, xtensa, ...), {@code @} (arm),
 * {@code ;} (arc, parisc, h8300), {@code |} (m68k), {@code !} (sh, sparc).
 * {@code #} only counts when a blank follows or nothing precedes it on the
 * line, since arm writes immediates as {@code #SYM}.
 */
public record AsmSyntax(String commentChars) {

    public static AsmSyntax forPath(String path) {
        String arch = path.startsWith("arch/") && path.indexOf('/', 5) > 0
                ? path.substring(5, path.indexOf('/', 5)) : "";
        return switch (arch) {
            case "arm", "unicore32" -> new AsmSyntax("@");
            case "arc", "parisc", "h8300" -> new AsmSyntax(";#");
            case "m68k" -> new AsmSyntax("|#");
            case "sh", "sparc" -> new AsmSyntax("!#");
            case "arm64" -> new AsmSyntax("");
            default -> new AsmSyntax("#");
        };
    }

    boolean startsLineComment(char[] c, int pos, int n, int tokensOnLine) {
        char ch = c[pos];
        if (commentChars.indexOf(ch) < 0) {
            return false;
        }
        if (ch != '#') {
            return true;
        }
        char next = pos + 1 < n ? c[pos + 1] : '\n';
        return tokensOnLine == 0 || next == ' ' || next == '\t' || next == '\n';
    }
}
