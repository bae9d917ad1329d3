package org.activemm.series.checks;

import java.io.IOException;
import java.util.List;

import org.activemm.series.Step;
import org.activemm.series.facts.TreeFacts;
import org.activemm.sites.Finding;
import org.activemm.sites.Status;

/**
 * Once an arch selects the option, every site that arch builds must already
 * be converted: the scan of the tree at that patch, as {@code activemm scan
 * --arch} would report it, with the other arches' own folders left out.
 */
@CheckInfo(id = "AMC009", summary = "at the patch where an arch selects the option, sites that arch builds still need a change",
        level = CheckLevel.ERROR)
final class UnconvertedAtSelectCheck implements SeriesCheck {

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
        List<OptionSelects.Select> selects = step.applied() ? OptionSelects.in(step, context.scheme()) : List.of();
        if (selects.isEmpty()) {
            return;
        }
        List<Finding> findings = SeriesFacts.at(context, step).findings();
        for (OptionSelects.Select select : selects) {
            for (Finding f : findings) {
                if (f.status() == Status.NEEDS_CHANGE && builtBy(f, select.arch())) {
                    out.report(Location.file(f.path(), f.line(), select.line().mailLine()),
                            select.arch() + " selects " + context.scheme().option() + " here, but "
                                    + f.path() + ":" + f.line() + " still needs a change: " + f.message()
                                    + " [" + f.ruleId() + "]");
                }
            }
        }
    }

    /** Core and driver sites count for every arch the run converts; an arch folder's only for that arch. */
    private static boolean builtBy(Finding f, String arch) {
        return !f.scope().isArch() || f.scope().arch().equals(arch);
    }
}
