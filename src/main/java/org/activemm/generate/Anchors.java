package org.activemm.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines the scaffolding edits attach to. Each finder accepts only
 * the exact shape it expects and otherwise finds nothing, so that an
 * unexpected tree gets a hand-work item instead of a wrong edit.
 */
final class Anchors {
    private static final Pattern MMPUT = Pattern.compile("^static\\s+(inline\\s+)?void\\s+__mmput\\s*\\(\\s*struct\\s+mm_struct\\s+\\*\\s*mm\\s*\\)\\s*$");
    private static final Pattern EXIT_MMAP = Pattern.compile("^\\s+exit_mmap\\(\\s*mm\\s*\\);\\s*(/\\*.*\\*/\\s*)?$");
    private static final Pattern CONFIG = Pattern.compile("^(menu)?config\\s+(\\w+)\\s*$");
    private static final Pattern SELECT = Pattern.compile("^(\\s+)select\\s+(\\w+)\\b.*$");

    private Anchors() {
    }

    /** The last line that is not blank, or empty for an empty file. */
    static OptionalInt lastNonBlank(EditedFile f) {
        for (int n = f.lineCount(); n >= 1; n--) {
            if (!f.line(n).isBlank()) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** arch/Kconfig: the closing {@code endmenu} of the file, if it is the last line. */
    static OptionalInt closingEndmenu(EditedFile f) {
        OptionalInt last = lastNonBlank(f);
        return last.isPresent() && f.line(last.getAsInt()).strip().equals("endmenu") ? last : OptionalInt.empty();
    }

    /** A header's include-guard {@code #endif}, if it is the last line. */
    static OptionalInt includeGuardEnd(EditedFile f) {
        OptionalInt last = lastNonBlank(f);
        return last.isPresent() && f.line(last.getAsInt()).startsWith("#endif") ? last : OptionalInt.empty();
    }

    /** kernel/fork.c: the {@code exit_mmap(mm);} line inside {@code __mmput()}. */
    static OptionalInt exitMmapInMmput(EditedFile f) {
        for (int n = 1; n <= f.lineCount(); n++) {
            if (MMPUT.matcher(f.line(n)).matches()) {
                for (int m = n + 1; m <= f.lineCount() && !f.line(m).startsWith("}"); m++) {
                    if (EXIT_MMAP.matcher(f.line(m)).matches()) {
                        return OptionalInt.of(m);
                    }
                }
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** The line {@code config NAME}, or empty. */
    static OptionalInt config(EditedFile f, String name) {
        for (int n = 1; n <= f.lineCount(); n++) {
            Matcher m = CONFIG.matcher(f.line(n));
            if (m.matches() && m.group(2).equals(name)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** The last line of the entry {@code config NAME} (before the blank line that ends it), or empty. */
    static OptionalInt afterEntry(EditedFile f, String name) {
        OptionalInt start = config(f, name);
        if (start.isEmpty()) {
            return start;
        }
        int n = start.getAsInt();
        while (n < f.lineCount() && !f.line(n + 1).isBlank()) {
            n++;
        }
        return f.terminated(n) ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /** The 1-based lines of the {@code select} statements of the entry that starts at {@code configLine}. */
    static List<Integer> selects(EditedFile f, int configLine) {
        List<Integer> out = new ArrayList<>();
        for (int n = configLine + 1; n <= f.lineCount(); n++) {
            String line = f.line(n);
            if (CONFIG.matcher(line).matches() || (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)))) {
                break;
            }
            if (SELECT.matcher(line).matches()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The arch's main entry: the {@code config} with the most {@code select} lines (X86, ARM64, PPC). */
    static OptionalInt mainArchConfig(EditedFile f) {
        int best = 0;
        int bestCount = 0;
        for (int n = 1; n <= f.lineCount(); n++) {
            if (CONFIG.matcher(f.line(n)).matches()) {
                int count = selects(f, n).size();
                if (count > bestCount) {
                    best = n;
                    bestCount = count;
                }
            }
        }
        return best == 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The symbol a select line selects. */
    static String selected(EditedFile f, int line) {
        Matcher m = SELECT.matcher(f.line(line));
        return m.matches() ? m.group(2) : "";
    }

    /** The indentation of a select line. */
    static String selectIndent(EditedFile f, int line) {
        Matcher m = SELECT.matcher(f.line(line));
        return m.matches() ? m.group(1) : "\t";
    }
}
