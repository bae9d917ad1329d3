package org.activemm.series.checks;

import java.util.regex.Pattern;

import org.activemm.series.PatchMail;
import org.activemm.series.Step;

/**
 * AMC004: the commit's summary line in the {@code subsys: summary} form and
 * both it and the body within 75 columns, as checkpatch asks. Like
 * checkpatch, body lines with a URL, trailers ({@code Key: value}) and
 * indented lines (quoted logs, code) may be longer.
 */
@CheckInfo(id = "AMC004", summary = "subject in the subsys: summary form, within 75 columns; body lines within 75",
        level = CheckLevel.WARNING)
public final class SubjectAndBodyCheck implements SeriesCheck {
    static final int MAX_COLUMNS = 75;
    private static final Pattern SUBSYSTEM_FORM = Pattern.compile("^[\\w.+-]+(?:[/,][\\w.+-]+)*(?: [\\w.+/-]+)?: \\S.*");
    private static final Pattern TRAILER = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*: \\S.*");

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) {
        PatchMail mail = step.mail();
        if (mail.subject() != null) {
            String summary = mail.summary();
            Location subject = Location.mail(mail.subjectFileLine());
            if (!summary.isEmpty() && !SUBSYSTEM_FORM.matcher(summary).matches()) {
                out.report(subject, "the summary '" + summary + "' is not in the 'subsys: summary' form");
            }
            if (Columns.of(summary) > MAX_COLUMNS) {
                out.report(subject, "the summary is " + Columns.of(summary) + " columns long (at most " + MAX_COLUMNS
                        + ")");
            }
        }
        for (int i = mail.bodyStart(); i < mail.bodyEnd(); i++) {
            String line = mail.lines().get(i);
            int columns = Columns.of(line);
            if (columns > MAX_COLUMNS && !exempt(line)) {
                out.report(Location.mail(mail.fileLine(i)), "a body line of " + columns + " columns (wrap at "
                        + MAX_COLUMNS + ")");
            }
        }
    }

    private static boolean exempt(String line) {
        return line.contains("://") || line.startsWith(" ") || line.startsWith("\t")
                || TRAILER.matcher(line).matches();
    }
}
