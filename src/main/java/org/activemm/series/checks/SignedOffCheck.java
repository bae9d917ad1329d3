package org.activemm.series.checks;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.activemm.series.PatchMail;
import org.activemm.series.Step;

/**
 * AMC003: the Developer's Certificate of Origin. The author is the mail's
 * From:, or the {@code From:} line that opens the body when someone else sends
 * the patch (as {@code git am} reads it); a sign-off by the same address counts.
 */
@CheckInfo(id = "AMC003", summary = "the author's Signed-off-by: is present", level = CheckLevel.ERROR)
public final class SignedOffCheck implements SeriesCheck {
    private static final Pattern ADDRESS = Pattern.compile("<([^>]+)>|([^\\s<>]+@[^\\s<>]+)");
    private static final Pattern SIGN_OFF = Pattern.compile("^Signed-off-by:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) {
        PatchMail mail = step.mail();
        String author = author(mail);
        if (author == null) {
            return; // AMC001 reports the missing From:
        }
        Optional<String> authorAddress = address(author);
        boolean any = false;
        for (int i = mail.bodyStart(); i < mail.bodyEnd(); i++) {
            Matcher m = SIGN_OFF.matcher(mail.lines().get(i).strip());
            if (m.matches()) {
                any = true;
                if (address(m.group(1)).equals(authorAddress)) {
                    return;
                }
            }
        }
        Location at = Location.mail(mail.fileLine(mail.bodyEnd()));
        out.report(at, any ? "no Signed-off-by: from the author, " + author
                : "no Signed-off-by: line; the author (" + author + ") must sign off");
    }

    private static String author(PatchMail mail) {
        if (mail.bodyStart() < mail.bodyEnd()) {
            String first = mail.lines().get(mail.bodyStart()).strip();
            if (first.startsWith("From:")) {
                return first.substring(5).strip();
            }
        }
        return mail.from();
    }

    private static Optional<String> address(String person) {
        Matcher m = ADDRESS.matcher(person);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of((m.group(1) != null ? m.group(1) : m.group(2)).strip().toLowerCase(Locale.ROOT));
    }
}
