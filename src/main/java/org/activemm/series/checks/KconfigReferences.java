package org.activemm.series.checks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.activemm.lex.LexedFile;
import org.activemm.lex.Token;
import org.activemm.series.AddedLine;

/**
 * The Kconfig symbols that added lines refer to: in a Kconfig file, the
 * {@code select} and {@code imply} targets and the symbols of {@code depends on}
 * and of a select's {@code if}; in C, the {@code CONFIG_} names of
 * {@code #if}, {@code #ifdef}, {@code #ifndef}, {@code #elif} lines (their
 * continuation lines too, their comments not) and the
 * arguments of {@code IS_ENABLED()} and its kin.
 */
final class KconfigReferences {
    /** A symbol an added line names, without {@code CONFIG_}, and how ({@code select}, {@code #ifdef}). */
    record Reference(int line, String symbol, String how) {
    }

    private static final Pattern KCONFIG_WORD = Pattern.compile("\"[^\"]*\"|\\$\\([^)]*\\)|[A-Za-z0-9_]+");
    private static final Pattern CONFIG_NAME = Pattern.compile("\\bCONFIG_([A-Za-z0-9_]+)");
    private static final Pattern CONDITIONAL = Pattern.compile("^\\s*#\\s*(if|ifdef|ifndef|elif)\\b(.*)$");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?(\\*/|$)|//.*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Set<String> TRISTATE_VALUES = Set.of("y", "n", "m");
    private static final Set<String> CONFIG_TESTS = Set.of("IS_ENABLED", "IS_BUILTIN", "IS_MODULE", "IS_REACHABLE");

    private KconfigReferences() {
    }

    /** References on the added lines of a Kconfig file, given as line number and text. */
    static List<Reference> inKconfig(List<AddedLine> added) {
        List<Reference> out = new ArrayList<>();
        for (AddedLine l : added) {
            String line = stripComment(l.text()).trim();
            String keyword = BLANKS.split(line, 2)[0];
            String rest = line.substring(keyword.length()).trim();
            switch (keyword) {
                case "select", "imply" -> symbols(rest, l.line(), keyword, out);
                case "depends" -> symbols(rest.startsWith("on") ? rest.substring(2) : rest, l.line(), "depends on", out);
                default -> {
                }
            }
        }
        return out;
    }

    /**
     * References on the added lines of a C or assembly file, with the file's bytes and tokens at this step. An
     * added line continues a directive when the lines before it end in a backslash back to the directive's first
     * line, which need not be added (a patch may insert a line into a long {@code #if}).
     */
    static List<Reference> inSource(List<AddedLine> added, byte[] content, LexedFile lexed) {
        List<Reference> out = new ArrayList<>();
        BitSet lines = new BitSet();
        SourceLines text = new SourceLines(content);
        for (AddedLine l : added) {
            lines.set(l.line());
            Matcher directive = CONDITIONAL.matcher(l.text());
            boolean isDirective = directive.matches();
            String how = isDirective ? "#" + directive.group(1) : continuedDirective(text, l.line());
            if (how != null) {
                String condition = isDirective ? directive.group(2) : l.text();
                // a comment on the line names symbols no one tests (/* was CONFIG_OLD */)
                Matcher name = CONFIG_NAME.matcher(COMMENT.matcher(condition).replaceAll(" "));
                while (name.find()) {
                    out.add(new Reference(l.line(), name.group(1), how));
                }
            }
        }
        // only the added lines' tokens: a file has tens of thousands, a patch adds a few lines
        List<Token> tokens = lexed.tokens();
        for (int line = lines.nextSetBit(0); line >= 0; line = lines.nextSetBit(line + 1)) {
            for (int i = firstOnOrAfter(tokens, line); i + 2 < tokens.size() && tokens.get(i).line() == line; i++) {
                Token t = tokens.get(i);
                if (CONFIG_TESTS.contains(t.text()) && tokens.get(i + 1).is("(")
                        && tokens.get(i + 2).text().startsWith("CONFIG_")) {
                    out.add(new Reference(line, tokens.get(i + 2).text().substring("CONFIG_".length()), t.text() + "()"));
                }
            }
        }
        out.sort(Comparator.comparingInt(Reference::line));
        return out;
    }

    /** The conditional directive ({@code #if}, ...) whose backslash-continued lines reach {@code line}, or null. */
    private static String continuedDirective(SourceLines text, int line) {
        for (int k = line - 1; k >= 1 && text.line(k).stripTrailing().endsWith("\\"); k--) {
            Matcher directive = CONDITIONAL.matcher(text.line(k));
            if (directive.matches()) {
                return "#" + directive.group(1);
            }
        }
        return null;
    }

    /** The index of the first token on {@code line} or after it (tokens come in line order). */
    private static int firstOnOrAfter(List<Token> tokens, int line) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).line() < line) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static void symbols(String expression, int line, String how, List<Reference> out) {
        Matcher m = KCONFIG_WORD.matcher(expression);
        while (m.find()) {
            String word = m.group();
            if (word.equals("if") || word.startsWith("\"") || word.startsWith("$(") || TRISTATE_VALUES.contains(word)
                    || word.chars().allMatch(Character::isDigit) || word.startsWith("0x")) {
                continue;
            }
            out.add(new Reference(line, word, how));
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
