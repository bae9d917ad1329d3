package org.activemm.series;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies one file's hunks the way {@code git apply} does without fuzz: each
 * hunk's old lines must match exactly, at the line it names or, when the file
 * moved, at the nearest place after the previous hunk.
 */
final class HunkApplier {
    private HunkApplier() {
    }

    /** The new text, or the first hunk that does not apply. */
    sealed interface Result permits Applied, Failed {
    }

    record Applied(String text) implements Result {
    }

    record Failed(Hunk hunk) implements Result {
    }

    /** {@code old} is the file's bytes as ISO-8859-1 chars ({@link Latin1}). */
    static Result apply(String old, List<Hunk> hunks) {
        List<String> lines = split(old);
        StringBuilder out = new StringBuilder(old.length() + 256);
        int from = 0;
        int shift = 0;
        for (Hunk hunk : hunks) {
            List<String> oldLines = new ArrayList<>();
            StringBuilder newText = new StringBuilder();
            for (Hunk.Line l : hunk.lines()) {
                if (l.inOld()) {
                    oldLines.add(l.withEnd());
                }
                if (l.inNew()) {
                    newText.append(l.withEnd());
                }
            }
            // "-5,0" inserts after line 5; "-5,3" replaces from line 5
            int named = (oldLines.isEmpty() ? hunk.oldStart() : hunk.oldStart() - 1) + shift;
            int at = find(lines, oldLines, named, from);
            if (at < 0) {
                return new Failed(hunk);
            }
            lines.subList(from, at).forEach(out::append);
            out.append(newText);
            shift += at - named;
            from = at + oldLines.size();
        }
        lines.subList(from, lines.size()).forEach(out::append);
        return new Applied(out.toString());
    }

    /** The nearest index at or after {@code from} where {@code want} matches, searching out from {@code named}; -1 for none. */
    private static int find(List<String> lines, List<String> want, int named, int from) {
        int last = lines.size() - want.size();
        int start = Math.max(from, Math.min(named, last));
        for (int d = 0; start - d >= from || start + d <= last; d++) {
            if (start + d <= last && matches(lines, want, start + d)) {
                return start + d;
            }
            if (d > 0 && start - d >= from && start - d <= last && matches(lines, want, start - d)) {
                return start - d;
            }
        }
        return -1;
    }

    private static boolean matches(List<String> lines, List<String> want, int at) {
        for (int i = 0; i < want.size(); i++) {
            if (!lines.get(at + i).equals(want.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The lines with their {@code \n}; the last one may have none. */
    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        // indexOf, not a loop over chars: a patched Kconfig or MAINTAINERS has 10,000s of lines
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end + 1));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
