package org.activemm.series.checks;

import org.activemm.series.ApplyFailure;
import org.activemm.series.PatchMail;
import org.activemm.series.Step;

/** AMC006: the step's patch applied on the tree the previous steps left (the applier ran before any check). */
@CheckInfo(id = "AMC006", summary = "the patch applies on the previous step; the first failing file and hunk are named",
        level = CheckLevel.ERROR)
public final class AppliesCheck implements SeriesCheck {

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) {
        ApplyFailure f = step.failure();
        if (f == null || !step.mail().hasDiff()) {
            return; // a mail without a diff is AMC001's
        }
        String where = f.hunk() > 0 ? f.path() + ", hunk #" + f.hunk() + " (" + f.hunkHeader() + ")" : f.path();
        String message = "does not apply: " + where + ": " + f.reason();
        if (f.dependsOn() >= 0) {
            PatchMail earlier = context.series().entries().get(f.dependsOn());
            message += "; it depends on patch " + f.dependsOn() + " (" + earlier.summary() + "), which did not apply";
        }
        // the file (and the hunk's line) is where the failure is, as for the other checks; the mail line shows it
        out.report(f.path() == null ? Location.mail(f.mailLine()) : Location.file(f.path(), f.line(), f.mailLine()),
                message);
    }
}
