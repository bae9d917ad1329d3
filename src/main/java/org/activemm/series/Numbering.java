package org.activemm.series;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the subject's tag says, {@code [PATCH v2 3/7]}: the version (1 when
 * the tag names none), the patch's number and the series' length. A lone
 * {@code [PATCH]} is patch 1 of 1.
 */
public record Numbering(int version, int index, int total) {
    private static final Pattern TAG = Pattern.compile("^\\s*\\[([^\\]]*\\bPATCH\\b[^\\]]*)\\]\\s*(.*)$");
    private static final Pattern VERSION = Pattern.compile("(?<![\\w/])v(\\d+)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b(\\d+)/(\\d+)\\b");

    /** The numbering of a subject whose tag mentions PATCH; empty for a subject without such a tag. */
    public static Optional<Numbering> of(String subject) {
        Matcher tag = TAG.matcher(subject);
        if (!tag.matches()) {
            return Optional.empty();
        }
        Matcher version = VERSION.matcher(tag.group(1));
        Matcher number = NUMBER.matcher(tag.group(1));
        boolean numbered = number.find();
        return Optional.of(new Numbering(version.find() ? Integer.parseInt(version.group(1)) : 1,
                numbered ? Integer.parseInt(number.group(1)) : 1, numbered ? Integer.parseInt(number.group(2)) : 1));
    }

    /** The subject without its bracketed tag: what the commit's summary line will be. */
    public static String summary(String subject) {
        Matcher tag = TAG.matcher(subject);
        return tag.matches() ? tag.group(2) : subject.strip();
    }

    public boolean isCoverLetter() {
        return index == 0;
    }
}
