package org.activemm.generate;

import java.util.Collection;
import java.util.HashMap;
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

    private final Map<String, Optional<Pattern>> compiled = new HashMap<>();

    /** {@code N:}: the regular expression is found in the path. */
    boolean pathMatches(String regex, String path) {
        return compile(regex).map(p -> p.matcher(path).find()).orElse(false);
    }

    /**
     * {@code K:} as get_maintainer.pl applies it: {@code m/$keyword/x} on the
     * intro, {@code m/^[+-].*$keyword/x} on the diff. The prefix is pasted in
     * front without a group, so in an alternation only the first branch needs
     * a changed line, as in Perl.
     */
    boolean keywordMatches(String keyword, Collection<String> intro, Collection<String> patchLines) {
        Optional<Pattern> inIntro = compile(keyword);
        Optional<Pattern> inPatch = compile(CHANGED_LINE + keyword);
        if (inIntro.isEmpty() || inPatch.isEmpty()) {
            return false;
        }
        Matcher introMatcher = inIntro.get().matcher("");
        for (String line : intro) {
            if (introMatcher.reset(line).find()) {
                return true;
            }
        }
        // without an alternation the anchored prefix holds for the whole pattern: only changed lines can match
        boolean changedLinesOnly = keyword.indexOf('|') < 0;
        Matcher patchMatcher = inPatch.get().matcher("");
        for (String line : patchLines) {
            if ((!changedLinesOnly || isChanged(line)) && patchMatcher.reset(line).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChanged(String line) {
        return !line.isEmpty() && (line.charAt(0) == '+' || line.charAt(0) == '-');
    }

    private Optional<Pattern> compile(String regex) {
        return compiled.computeIfAbsent(regex, r -> {
            try {
                return Optional.of(Pattern.compile(r, Pattern.COMMENTS));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        });
    }
}
