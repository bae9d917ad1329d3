package org.activemm.series.checks;

import java.util.List;

import org.activemm.series.PatchSeries;
import org.activemm.series.Step;
import org.activemm.sites.Finding;
import org.activemm.sites.Scheme;

/**
 * What {@code activemm check} found: every check's findings, and the scan
 * findings that still need a change in the tree after the whole series, for
 * the arches it converts.
 *
 * @param base the full id of the commit the series was applied to
 */
public record CheckResult(String tree, String base, Scheme scheme, List<String> arches, PatchSeries series,
        List<Step> steps, List<CheckFinding> findings, List<Finding> remaining) {

    public CheckResult {
        arches = List.copyOf(arches);
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
        remaining = List.copyOf(remaining);
    }

    /** Ready to post: no check reported an error. */
    public boolean ready() {
        return findings.stream().noneMatch(f -> f.level() == CheckLevel.ERROR);
    }

    /** {@code ready} or {@code not-ready}, the word every report uses. */
    public String verdict() {
        return ready() ? "ready" : "not-ready";
    }

    public List<CheckFinding> findingsOf(int entry) {
        return findings.stream().filter(f -> f.entry() == entry).toList();
    }

    /** Whether the entry's patch applied; true for the cover letter, which has nothing to apply. */
    public boolean applied(int entry) {
        return steps.stream().filter(s -> s.entry() == entry).allMatch(Step::applied);
    }
}
