package org.activemm.series.checks;

import org.activemm.series.PatchMail;
import org.activemm.series.Step;
import org.eclipse.jgit.patch.FormatError;

/** AMC001: the headers and parts {@code git am} needs, in the order it reads them. */
@CheckInfo(id = "AMC001", summary = "the file parses as a patch mail: From, Date, Subject, a body, the --- line, a diff",
        level = CheckLevel.ERROR)
public final class MailFormCheck implements SeriesCheck {

    @Override
    public void checkSeries(CheckContext context, EntryReporter out) {
        context.series().coverLetter().ifPresent(cover -> headers(cover, out.on(0)));
    }

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) {
        PatchMail mail = step.mail();
        headers(mail, out);
        if (mail.subject() != null && mail.summary().isBlank()) {
            out.report(Location.mail(mail.subjectFileLine()), "the subject has no summary after its [PATCH] tag");
        }
        if (!hasDescription(mail)) {
            out.report(Location.mail(mail.fileLine(mail.bodyStart())), "no commit message: the body has only"
                    + " trailers or nothing");
        }
        if (!mail.hasSeparator()) {
            out.report(Location.mail(mail.fileLine(mail.bodyEnd())),
                    "no '---' line between the commit message and the diff");
        }
        if (!mail.hasDiff()) {
            out.report(Location.mail(mail.fileLine(mail.lines().size() - 1)), "the mail has no diff");
            return;
        }
        for (FormatError error : mail.diff().getErrors()) {
            if (error.getSeverity() == FormatError.Severity.ERROR) {
                out.report(Location.mail(mail.fileLine(mail.diffStart())), "the diff is malformed: " + error.getMessage());
            }
        }
    }

    /** Whether the body says something besides its trailers. */
    private static boolean hasDescription(PatchMail mail) {
        int trailers = mail.trailers().size();
        long text = mail.lines().subList(mail.bodyStart(), mail.bodyEnd()).stream().filter(l -> !l.isBlank()).count();
        return text > trailers;
    }

    private static void headers(PatchMail mail, Reporter out) {
        Location top = Location.mail(mail.fileLine(0));
        if (mail.from() == null) {
            out.report(top, "no From: header");
        }
        if (mail.date() == null) {
            out.report(top, "no Date: header");
        }
        if (mail.subject() == null) {
            out.report(top, "no Subject: header");
        }
    }
}
