package org.activemm.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code F:} and {@code X:} patterns matched as get_maintainer.pl matches
 * them: a file or directory prefix with {@code *} and {@code ?} globs; a
 * pattern without a trailing slash matches a file only at the same
 * directory depth, unless it names a directory (no glob, and no file of that
 * name in the tree).
 */
final class MaintainersFilePatterns {
    private final Predicate<String> isFile;
    private final Map<String, Boolean> fileCache = new HashMap<>();
    private final Map<String, Pattern> globs = new HashMap<>();

    /** {@code isFile} tells whether the tree has a file at a path. */
    MaintainersFilePatterns(Predicate<String> isFile) {
        this.isFile = isFile;
    }

    boolean matches(String pattern, String path) {
        if (!startsAs(pattern, path)) {
            return false;
        }
        if (pattern.endsWith("/")) {
            return true;
        }
        // get_maintainer.pl adds the slash to a pattern that names a directory
        if (!hasGlob(pattern) && !fileCache.computeIfAbsent(pattern, isFile::test)) {
            return path.startsWith(pattern + "/");
        }
        return depth(path) == depth(pattern);
    }

    /** The index of the first {@code *} or {@code ?}, or the length when there is none. */
    static int firstGlob(String pattern) {
        int star = pattern.indexOf('*');
        int question = pattern.indexOf('?');
        if (star < 0) {
            return question < 0 ? pattern.length() : question;
        }
        return question < 0 ? star : Math.min(star, question);
    }

    /**
     * Whether the path starts as the pattern says: a prefix without globs, a
     * regular expression (compiled once per pattern) with them.
     */
    private boolean startsAs(String pattern, String path) {
        int glob = firstGlob(pattern);
        if (glob == pattern.length()) {
            return path.startsWith(pattern);
        }
        // the text before the first glob is a literal prefix: most patterns fail on it without a regex
        if (!path.regionMatches(0, pattern, 0, glob)) {
            return false;
        }
        return globs.computeIfAbsent(pattern, MaintainersFilePatterns::glob).matcher(path).lookingAt();
    }

    private static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static boolean hasGlob(String pattern) {
        return firstGlob(pattern) < pattern.length();
    }

    private static int depth(String s) {
        int n = 0;
        for (int i = s.indexOf('/'); i >= 0; i = s.indexOf('/', i + 1)) {
            n++;
        }
        return n;
    }
}
