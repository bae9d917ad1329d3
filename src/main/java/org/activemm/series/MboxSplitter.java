package org.activemm.series;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a file into its mails at mbox {@code From } separator lines, the ones
 * git format-patch ({@code From <sha> Mon Sep 17 00:00:00 2001}) and lore or
 * b4 ({@code From mboxrd@z Thu Jan  1 00:00:00 1970}) write: at the file's
 * start or after a blank line, followed by a sender and a date. A file
 * without one is one mail. A mail whose separator is lore's and b4's
 * {@code From mboxrd@z} is mboxrd: its body lines that start with
 * {@code >From } (after any number of {@code >}) lose one {@code >}, as
 * {@code git am --patch-format=mboxrd} reads them.
 */
final class MboxSplitter {
    private static final Pattern SEPARATOR = Pattern.compile("^From \\S+ +\\w{3} \\w{3} +\\d+ .*");
    private static final Pattern MBOXRD_QUOTED_FROM = Pattern.compile("^>+From .*", Pattern.DOTALL);

    private MboxSplitter() {
    }

    /** One mail: the index of its first line in the file, and its lines. */
    record Part(int start, List<String> lines) {
    }

    static List<Part> split(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean afterBlank = i == 0 || MailParser.stripCr(lines.get(i - 1)).isEmpty();
            if (afterBlank && SEPARATOR.matcher(lines.get(i)).matches()) {
                starts.add(i);
            }
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            List<String> mail = lines.subList(starts.get(k), end);
            if (mail.stream().anyMatch(l -> !l.isBlank())) {
                parts.add(new Part(starts.get(k), mail.get(0).startsWith("From mboxrd@z ") ? unquoted(mail) : mail));
            }
        }
        return parts;
    }

    /** An mboxrd mail's lines with one {@code >} taken from each quoted {@code From } line; the separator stays. */
    private static List<String> unquoted(List<String> mail) {
        List<String> out = new ArrayList<>(mail.size());
        out.add(mail.get(0));
        for (String line : mail.subList(1, mail.size())) {
            out.add(MBOXRD_QUOTED_FROM.matcher(line).matches() ? line.substring(1) : line);
        }
        return out;
    }
}
