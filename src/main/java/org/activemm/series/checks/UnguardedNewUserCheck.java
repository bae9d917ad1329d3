package org.activemm.series.checks;

import java.io.IOException;
import java.util.Optional;

import org.activemm.series.AddedLine;
import org.activemm.series.Step;
import org.activemm.series.TouchedFile;
import org.activemm.series.facts.TreeFacts;
import org.activemm.sites.Finding;
import org.activemm.sites.Status;

/**
 * A line the patch adds holds an {@code active_mm} site that the scan,
 * run on the file at this step, says needs a change: the series adds a
 * user it must then convert, or forgot the scheme's guard around it.
 */
@CheckInfo(id = "AMC010", summary = "an added line introduces an active_mm user that is not under the scheme's guard",
        level = CheckLevel.ERROR)
final class UnguardedNewUserCheck implements SeriesCheck {

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
        if (!step.applied()) {
            return;
        }
        TreeFacts facts = SeriesFacts.at(context, step);
        for (TouchedFile file : step.touched()) {
            if (!file.addsLines()) {
                continue;
            }
            for (Finding f : facts.findings(file.path())) {
                Optional<AddedLine> added = file.addedAt(f.line());
                if (f.status() == Status.NEEDS_CHANGE && added.isPresent()) {
                    out.report(Location.file(f.path(), f.line(), added.get().mailLine()), "adds an active_mm user"
                            + " outside the " + context.scheme().word() + " scheme's guard: " + f.message()
                            + " [" + f.ruleId() + "]");
                }
            }
        }
    }
}
