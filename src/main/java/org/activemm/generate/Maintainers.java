package org.activemm.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.activemm.tree.SourceTree;

/**
 * The tree's MAINTAINERS file, matched the way scripts/get_maintainer.pl
 * matches it: {@code F:} is a file or directory prefix with {@code *} and
 * {@code ?} globs (a pattern without a trailing slash matches a file only at
 * the same directory depth, unless it names a directory: no glob, and no file
 * of that name in the tree), {@code X:} excludes
 * with the same syntax, {@code N:} is a regular expression searched in the
 * path, {@code K:} a regular expression searched, as with its default
 * {@code --keywords}, in the text before the first file header (subject,
 * body, diffstat) and, behind the prefix {@code ^[+-].*}, in the diff's
 * lines. Matching entries give their {@code M:} maintainers and {@code R:}
 * reviewers (as {@code get_maintainer.pl --no-git} does, notes after the
 * address dropped) and their {@code L:} lists.
 * A catch-all entry ({@code F: *} only, "THE REST") gives its lists but not
 * its people, so that not every patch is addressed to Linus.
 */
public final class Maintainers {

    private record Entry(String title, List<String> files, List<String> excludes,
            List<Pattern> regexes, List<Keyword> keywords, List<String> people, List<String> lists) {

        boolean catchAll() {
            return !files.isEmpty() && files.stream().allMatch(f -> f.equals("*") || f.equals("*/"));
        }
    }

    private final List<Entry> entries;
    private final Predicate<String> isFile;
    private final Map<String, Boolean> fileCache = new HashMap<>();
    private final Map<String, Pattern> globs = new HashMap<>();

    private Maintainers(List<Entry> entries, Predicate<String> isFile) {
        this.entries = entries;
        this.isFile = isFile;
    }

    /** The tree's MAINTAINERS, or an empty one when the tree has none. */
    public static Maintainers of(SourceTree tree) throws IOException {
        Optional<byte[]> bytes = tree.read("MAINTAINERS");
        return new Maintainers(bytes.map(b -> entries(new String(b, StandardCharsets.UTF_8))).orElse(List.of()),
                path -> {
                    try {
                        return tree.read(path).isPresent();
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    /**
     * Parses MAINTAINERS text; {@code isFile} tells whether the tree has a
     * file at a path (a pattern that is not a file is taken as a directory).
     */
    public static Maintainers parse(String text, Predicate<String> isFile) {
        return new Maintainers(entries(text), isFile);
    }

    private static List<Entry> entries(String text) {
        List<Entry> out = new ArrayList<>();
        String title = "";
        List<String> files = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        List<Pattern> regexes = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        List<String> people = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        for (String line : (text + "\n\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!files.isEmpty() || !regexes.isEmpty() || !keywords.isEmpty()) {
                    out.add(new Entry(title, List.copyOf(files), List.copyOf(excludes), List.copyOf(regexes),
                            List.copyOf(keywords), List.copyOf(people), List.copyOf(lists)));
                }
                title = "";
                files.clear();
                excludes.clear();
                regexes.clear();
                keywords.clear();
                people.clear();
                lists.clear();
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != ':' || !Character.isUpperCase(line.charAt(0))) {
                title = line.strip();
                continue;
            }
            String value = line.substring(2).strip();
            switch (line.charAt(0)) {
                case 'F' -> files.add(value);
                case 'X' -> excludes.add(value);
                case 'N' -> regex(value).ifPresent(regexes::add);
                case 'K' -> Keyword.of(value).ifPresent(keywords::add);
                case 'M', 'R' -> people.add(person(value));
                case 'L' -> lists.add(listAddress(value));
                default -> { }
            }
        }
        return out;
    }

    /**
     * A {@code K:} pattern as get_maintainer.pl applies it: {@code m/$keyword/x}
     * on the intro, {@code m/^[+-].*$keyword/x} on the diff. The prefix is pasted
     * in front without a group, so in an alternation only the first branch needs
     * a changed line, as in Perl.
     */
    private record Keyword(Pattern intro, Pattern patch) {
        static Optional<Keyword> of(String value) {
            return regex(value).flatMap(intro -> regex("^[+-].*" + value).map(patch -> new Keyword(intro, patch)));
        }

        boolean matchesAny(Collection<String> introLines, Collection<String> patchLines) {
            return introLines.stream().anyMatch(line -> intro.matcher(line).find())
                    || patchLines.stream().anyMatch(line -> patch.matcher(line).find());
        }
    }

    private static Optional<Pattern> regex(String value) {
        try {
            return Optional.of(Pattern.compile(value, Pattern.COMMENTS));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    /** "Juri Lelli <juri.lelli@redhat.com> (SCHED_DEADLINE)" -> "Juri Lelli <juri.lelli@redhat.com>". */
    private static String person(String value) {
        int gt = value.indexOf('>');
        return gt < 0 ? listAddress(value) : value.substring(0, gt + 1);
    }

    /** "netdev@vger.kernel.org (moderated for non-subscribers)" -> the address. */
    private static String listAddress(String value) {
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    /**
     * The addresses to Cc for a patch touching {@code paths}, whose text
     * before the first file header has the lines {@code intro} and whose diff
     * has {@code patchLines}: people first, then lists, in file order.
     */
    public List<String> ccFor(Collection<String> paths, Collection<String> intro, Collection<String> patchLines) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> lists = new LinkedHashSet<>();
        for (Entry e : entries) {
            boolean hit = paths.stream().anyMatch(path -> matches(e, path))
                    || e.keywords().stream().anyMatch(k -> k.matchesAny(intro, patchLines));
            if (hit) {
                if (!e.catchAll()) {
                    people.addAll(e.people());
                }
                lists.addAll(e.lists());
            }
        }
        List<String> out = new ArrayList<>(people);
        out.addAll(lists);
        return out;
    }

    private boolean matches(Entry e, String path) {
        for (String x : e.excludes()) {
            if (filePatternMatches(x, path)) {
                return false;
            }
        }
        for (String f : e.files()) {
            if (filePatternMatches(f, path)) {
                return true;
            }
        }
        for (Pattern n : e.regexes()) {
            if (n.matcher(path).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean filePatternMatches(String pattern, String path) {
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

    /**
     * Whether the path starts as the pattern says: a prefix without globs, a
     * regular expression (compiled once per pattern) with them. A kernel's
     * MAINTAINERS has 20,000 patterns, asked about for every patch.
     */
    private boolean startsAs(String pattern, String path) {
        if (!hasGlob(pattern)) {
            return path.startsWith(pattern);
        }
        // the text before the first glob is a literal prefix: most patterns fail on it without a regex
        if (!path.startsWith(pattern.substring(0, firstGlob(pattern)))) {
            return false;
        }
        return globs.computeIfAbsent(pattern, Maintainers::glob).matcher(path).lookingAt();
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

    /** The index of the first {@code *} or {@code ?}, or the length when there is none. */
    private static int firstGlob(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                return i;
            }
        }
        return pattern.length();
    }

    private static int depth(String s) {
        return (int) s.chars().filter(c -> c == '/').count();
    }
}
