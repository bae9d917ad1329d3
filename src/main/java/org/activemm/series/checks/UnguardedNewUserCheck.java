package org.activemm.series.checks;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * user it must then convert, or forgot the scheme's guard around it. A
 * rewritten line that keeps a user the function already had (5.x's
 * {@code mmgrab(prev->active_mm)} becoming {@code mmgrab_lazy_tlb(...)})
 * is not new: only a function's needs-change sites of one rule beyond the
 * number it had before the patch are.
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
            // a renamed file's users were under its old path before the patch
            String was = TouchedFile.DEV_NULL.equals(file.oldPath()) ? file.path() : file.oldPath();
            List<Finding> now = facts.findings(file.path());
            Map<String, Integer> surplus = needsChangeByPlace(now);
            needsChangeByPlace(SeriesFacts.before(context, step, was))
                    .forEach((place, n) -> surplus.merge(place, -n, Integer::sum));
            for (Finding f : now) {
                Optional<AddedLine> added = file.addedAt(f.line());
                if (f.status() == Status.NEEDS_CHANGE && added.isPresent()
                        && surplus.merge(key(f), -1, Integer::sum) >= 0) {
                    out.report(Location.file(f.path(), f.line(), added.get().mailLine()), "adds an active_mm user"
                            + " outside the " + context.scheme().word() + " scheme's guard: " + f.message()
                            + " [" + f.ruleId() + "]");
                }
            }
        }
    }

    /** How many needs-change users each place holds. */
    private static Map<String, Integer> needsChangeByPlace(List<Finding> findings) {
        Map<String, Integer> count = new HashMap<>();
        for (Finding f : findings) {
            if (f.status() == Status.NEEDS_CHANGE) {
                count.merge(key(f), 1, Integer::sum);
            }
        }
        return count;
    }

    /** Where a user lives: its function (or the file's top level) and its rule. */
    private static String key(Finding f) {
        return f.function() + "\0" + f.ruleId();
    }
}
