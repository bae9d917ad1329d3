package org.activemm.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Which entries can match a path, so that a path is tested against a few
 * entries, not all 3,000: an {@code F:} pattern can only match a path that
 * starts with its text before the first glob, so entries are filed under
 * the directory part of that text ({@code arch/x86/mm/} for
 * {@code arch/x86/mm/*.c}, the empty key for {@code *}), and a path looks
 * up each of its directories. {@code N:} entries are candidates for every
 * path.
 */
final class MaintainersIndex {
    private final Map<String, List<Integer>> byDirectory = new HashMap<>();
    private final List<Integer> withRegexes = new ArrayList<>();
    private final List<Integer> withKeywords = new ArrayList<>();

    MaintainersIndex(List<MaintainersEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            MaintainersEntry e = entries.get(i);
            for (String f : e.files()) {
                List<Integer> filed = byDirectory.computeIfAbsent(directory(f), k -> new ArrayList<>());
                // entries are filed in order, so a second pattern of the same entry is the last one filed
                if (filed.isEmpty() || filed.get(filed.size() - 1) != i) {
                    filed.add(i);
                }
            }
            if (!e.regexes().isEmpty()) {
                withRegexes.add(i);
            }
            if (!e.keywords().isEmpty()) {
                withKeywords.add(i);
            }
        }
    }

    /** Gives the index of every entry that may match the path (some more than once). */
    void candidates(String path, IntConsumer out) {
        give(byDirectory.get(""), out);
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            give(byDirectory.get(path.substring(0, slash + 1)), out);
        }
        give(withRegexes, out);
    }

    /** The entries with {@code K:} keywords, in file order. */
    List<Integer> withKeywords() {
        return withKeywords;
    }

    private static void give(List<Integer> entries, IntConsumer out) {
        if (entries != null) {
            for (int e : entries) {
                out.accept(e);
            }
        }
    }

    /** The text of the pattern before its first glob, up to and with its last slash. */
    private static String directory(String pattern) {
        return pattern.substring(0, pattern.lastIndexOf('/', MaintainersFilePatterns.firstGlob(pattern) - 1) + 1);
    }
}
