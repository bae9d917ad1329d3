package org.activemm.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MAINTAINERS from its bytes: entries are runs of lines between blank
 * lines, a line {@code T:\tvalue} with an upper-case tag holds a pattern or
 * an address, other lines (the entry's title, the file's preamble) are not
 * needed. Only the patterns become Strings when the file is read; an entry's
 * people and lists are decoded when it matches. The file is 700 KB with
 * 3,000 entries in a 6.x kernel, read at every {@code check}.
 */
final class MaintainersParser {

    /** The addresses an entry gives: {@code M:} and {@code R:} people, {@code L:} lists, in file order. */
    record Contacts(List<String> people, List<String> lists) {
    }

    private MaintainersParser() {
    }

    static List<MaintainersEntry> entries(byte[] text) {
        List<MaintainersEntry> out = new ArrayList<>();
        EntryLines entry = new EntryLines();
        int start = 0;
        int entryStart = 0;
        while (true) {
            int end = lineEnd(text, start, text.length);
            if (isBlank(text, start, end)) {
                entry.addTo(out, entryStart, start);
                entryStart = end + 1;
            } else if (isTagged(text, start, end)) {
                entry.add((char) text[start], value(text, start, end));
            }
            if (end == text.length) {
                // the file ends as if a blank line followed
                entry.addTo(out, entryStart, end);
                return out;
            }
            start = end + 1;
        }
    }

    static Contacts contacts(byte[] text, MaintainersEntry entry) {
        List<String> people = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        for (int start = entry.start(); start < entry.end(); ) {
            int end = lineEnd(text, start, entry.end());
            if (isTagged(text, start, end)) {
                switch (text[start]) {
                    case 'M', 'R' -> people.add(person(value(text, start, end)));
                    case 'L' -> lists.add(listAddress(value(text, start, end)));
                    default -> { }
                }
            }
            start = end + 1;
        }
        return new Contacts(List.copyOf(people), List.copyOf(lists));
    }

    /** The patterns of the entry being read. */
    private static final class EntryLines {
        private final List<String> files = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private final List<String> regexes = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();

        void add(char tag, String value) {
            switch (tag) {
                case 'F' -> files.add(value);
                case 'X' -> excludes.add(value);
                case 'N' -> regexes.add(value);
                case 'K' -> keywords.add(value);
                default -> { }
            }
        }

        /** Ends the entry: one that can match a file or a mail is kept. */
        void addTo(List<MaintainersEntry> out, int start, int end) {
            if (!files.isEmpty() || !regexes.isEmpty() || !keywords.isEmpty()) {
                out.add(new MaintainersEntry(start, end, List.copyOf(files), List.copyOf(excludes),
                        List.copyOf(regexes), List.copyOf(keywords)));
            }
            files.clear();
            excludes.clear();
            regexes.clear();
            keywords.clear();
        }
    }

    private static int lineEnd(byte[] text, int start, int limit) {
        int i = start;
        while (i < limit && text[i] != '\n') {
            i++;
        }
        return i;
    }

    /**
     * Whether the line is white space only, as {@link String#isBlank} says of
     * its text; a line with non-ASCII bytes and nothing else printable is
     * decoded to tell (Unicode has spaces of its own).
     */
    private static boolean isBlank(byte[] text, int start, int end) {
        boolean nonAscii = false;
        for (int i = start; i < end; i++) {
            byte b = text[i];
            if (b < 0) {
                nonAscii = true;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return !nonAscii || new String(text, start, end - start, StandardCharsets.UTF_8).isBlank();
    }

    /**
     * Whether the line is {@code T:} with an ASCII tag. A line whose first
     * character is not ASCII is a title or a tag nobody reads: neither
     * matters to matching.
     */
    private static boolean isTagged(byte[] text, int start, int end) {
        return end - start >= 2 && text[start + 1] == ':' && text[start] >= 'A' && text[start] <= 'Z';
    }

    /** The text after the tag, stripped; ASCII white space is cut from the bytes, so that one String is made. */
    private static String value(byte[] text, int start, int end) {
        int from = start + 2;
        int to = end;
        while (from < to && text[from] >= 0 && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && text[to - 1] >= 0 && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        return new String(text, from, to - from, StandardCharsets.UTF_8).strip();
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
}
