package org.activemm.series.checks;

import org.activemm.series.PatchMail;

/** AMC014: a {@code base-commit:} trailer that names another commit than the one the series was checked on. */
@CheckInfo(id = "AMC014", summary = "the base-commit: trailer names a commit that is not the base used",
        level = CheckLevel.WARNING)
public final class BaseCommitCheck implements SeriesCheck {

    @Override
    public void checkSeries(CheckContext context, EntryReporter out) {
        for (PatchMail mail : context.series().entries()) {
            String named = mail.baseCommit();
            if (named != null && !context.baseCommit().startsWith(named)) {
                out.on(context.series().indexOf(mail)).report(Location.mail(mail.fileLine(mail.baseCommitLine())),
                        "base-commit: " + named + " is not the base used, " + context.baseCommit());
            }
        }
    }
}
