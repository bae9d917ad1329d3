package org.activemm.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code N:} and {@code K:} regular expressions, compiled the first time a
 * path or mail is tested against them (as Perl's {@code /x}); one that does
 * not compile matches nothing.
 */
final class MaintainersRegexes {
    /** What get_maintainer.pl pastes before a keyword to search the diff: a changed line. */
    private static final String CHANGED_LINE = "^[+-].*";
    /**
     * The lines get_maintainer.pl reads for files, hunks and Fixes: tags and
     * so never searches for a keyword, in the intro or the diff.
     */
    private static final Pattern NOT_SEARCHED = Pattern.compile(" mode change [0-7]+ => [0-7]+ \\S+\\s*$"
            + "|rename (?:from|to) \\S+\\s*$|diff --git a/\\S+ b/\\S+\\s*$|Fixes:\\s+[0-9a-fA-F]{6}"
            + "|\\+\\+\\+\\s+\\S|---\\s+\\S|@@ -\\d+,\\d");

    /**
     * A compiled {@code K:}: {@code intro} searches the text before the diff,
     * {@code patch} the diff's lines; {@code changedLinesOnly} when the
     * keyword has no alternation outside a group, so that the anchored prefix
     * holds for all of {@code patch} and other lines need no search.
     */
    private record Keyword(Pattern intro, Pattern patch, boolean changedLinesOnly) {
    }

    private final Map<String, Optional<Pattern>> compiled = new HashMap<>();
    private final Map<String, Optional<Keyword>> keywords = new HashMap<>();

    /** {@code N:}: the regular expression is found in the path. */
    boolean pathMatches(String regex, String path) {
        return compile(regex).map(p -> p.matcher(path).find()).orElse(false);
    }

    /**
     * {@code K:} as get_maintainer.pl applies it: {@code m/$keyword/x} on the
     * intro, {@code m/^[+-].*$keyword/x} on the diff. The prefix is pasted in
     * front without a group, so in an alternation only the first branch needs
     * a changed line, as in Perl. The lines are {@link #searchedLines}.
     */
    boolean keywordMatches(String keyword, Collection<String> intro, Collection<String> patchLines) {
        Optional<Keyword> compiledKeyword = keywords.computeIfAbsent(keyword, MaintainersRegexes::keyword);
        if (compiledKeyword.isEmpty()) {
            return false;
        }
        Keyword k = compiledKeyword.get();
        Matcher introMatcher = k.intro().matcher("");
        for (String line : intro) {
            if (introMatcher.reset(line).find()) {
                return true;
            }
        }
        Matcher patchMatcher = k.patch().matcher("");
        for (String line : patchLines) {
            if ((!k.changedLinesOnly() || isChanged(line)) && patchMatcher.reset(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** The lines a keyword is searched in: all but those {@link #NOT_SEARCHED}. */
    static List<String> searchedLines(Collection<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        Matcher notSearched = NOT_SEARCHED.matcher("");
        for (String line : lines) {
            if (!notSearched.reset(line).lookingAt()) {
                out.add(line);
            }
        }
        return out;
    }

    private static Optional<Keyword> keyword(String keyword) {
        return compileOrEmpty(keyword).flatMap(intro -> compileOrEmpty(CHANGED_LINE + keyword)
                .map(patch -> new Keyword(intro, patch, !mayAlternateOutsideGroups(keyword))));
    }

    /**
     * Whether a {@code |} of the regex may stand outside every group and
     * class. Where the syntax could fool this count (quoting, white space and
     * comments under {@code /x}, a class that starts with {@code ]}) the
     * answer is yes, which only costs a search of every line.
     */
    static boolean mayAlternateOutsideGroups(String regex) {
        int groups = 0;
        int classes = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (Character.isWhitespace(c) || c == '#' || regex.startsWith("\\Q", i)
                    || c == '[' && (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1))) {
                return true;
            }
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classes++;
            } else if (c == ']' && classes > 0) {
                classes--;
            } else if (classes == 0 && c == '(') {
                groups++;
            } else if (classes == 0 && c == ')' && --groups < 0) {
                return true;
            } else if (classes == 0 && c == '|' && groups == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChanged(String line) {
        return !line.isEmpty() && (line.charAt(0) == '+' || line.charAt(0) == '-');
    }

    private Optional<Pattern> compile(String regex) {
        return compiled.computeIfAbsent(regex, MaintainersRegexes::compileOrEmpty);
    }

    private static Optional<Pattern> compileOrEmpty(String regex) {
        try {
            return Optional.of(Pattern.compile(regex, Pattern.COMMENTS));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }
}
