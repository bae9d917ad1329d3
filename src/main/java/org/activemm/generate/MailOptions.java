package org.activemm.generate;

import java.util.List;
import java.util.Objects;

/**
 * What {@code git format-patch} would be told about the mails: the subject
 * prefix ({@code --subject-prefix}, {@code --rfc}, {@code -v}) and extra
 * recipients ({@code --to}, {@code --cc}).
 *
 * @param subjectPrefix the prefix inside the brackets, "PATCH" by default
 * @param rfc           put "RFC" before it; a series that leaves hand work is an RFC anyway
 * @param version       the reroll count; 1 adds nothing
 * @param to            To: of every mail
 * @param cc            Cc: of every mail, before the maintainers
 */
public record MailOptions(String subjectPrefix, boolean rfc, int version, List<String> to, List<String> cc) {
    public static final MailOptions DEFAULT = new MailOptions("PATCH", false, 1, List.of(), List.of());

    public MailOptions {
        Objects.requireNonNull(subjectPrefix, "subjectPrefix");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    /** "RFC PATCH v2": the text before the patch number. */
    String prefix(boolean handWorkLeft) {
        return (rfc || handWorkLeft ? "RFC " : "") + subjectPrefix + (version > 1 ? " v" + version : "");
    }
}
