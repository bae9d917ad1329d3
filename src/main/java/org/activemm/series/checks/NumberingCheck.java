package org.activemm.series.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.activemm.series.Numbering;
import org.activemm.series.PatchMail;
import org.activemm.series.PatchSeries;

/**
 * AMC002: what a maintainer's tools (b4, patchwork) need to put the series
 * together: every patch tagged, the same length m and version vN in every
 * tag, each number 1..m once, and a cover letter (0/m) when m > 1. A series
 * read from commits ({@code --range}) has no mails yet, so no cover letter is asked of it. Mails of an
 * older version that the input also holds are left out of the series, and named once, as a warning.
 */
@CheckInfo(id = "AMC002", summary = "[PATCH vN n/m] numbering complete and consistent; a cover letter when m > 1",
        level = CheckLevel.ERROR)
public final class NumberingCheck implements SeriesCheck {

    @Override
    public void checkSeries(CheckContext context, EntryReporter out) {
        PatchSeries series = context.series();
        List<PatchMail> patches = series.patches();
        Reporter whole = out.on(0);
        Location top = Location.mail(series.entries().get(0).fileLine(0));
        PatchMail first = series.entries().get(0);
        Numbering reference = first.numbering();
        if (!series.olderVersions().isEmpty()) {
            whole.warn(top, "the input also holds an older version of the series, left out: " + series.olderVersions()
                    .stream().map(m -> m.source() + " (v" + m.numbering().version() + ")").distinct()
                    .collect(Collectors.joining(", ")) + "; only v" + patches.stream().filter(m -> m.numbering() != null)
                            .mapToInt(m -> m.numbering().version()).max().orElse(1) + " is checked");
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (PatchMail mail : patches) {
            Reporter here = out.on(series.indexOf(mail));
            Location subject = Location.mail(mail.subjectFileLine());
            Numbering n = mail.numbering();
            if (n == null) {
                if (mail.subject() != null) {
                    here.report(subject, "the subject has no [PATCH n/m] tag");
                }
                continue;
            }
            if (reference == null) {
                reference = n;
            }
            if (n.version() != reference.version()) {
                here.report(subject, "v" + n.version() + " in a v" + reference.version() + " series");
            }
            if (n.total() != reference.total()) {
                // b4 and patchwork leave such a mail out of the series, so its number stays missing
                here.report(subject, "numbered " + n.index() + "/" + n.total() + " in a series of " + reference.total());
            } else if (n.index() < 1 || n.index() > n.total()) {
                here.report(subject, "number " + n.index() + " is outside 1.." + n.total());
            } else if (seen.merge(n.index(), 1, Integer::sum) > 1) {
                here.report(subject, "a second patch " + n.index() + "/" + n.total());
            }
        }
        if (reference == null) {
            return;
        }
        int m = reference.total();
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            if (!seen.containsKey(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            whole.report(top, "patch " + String.join(", ", missing.stream().map(i -> i + "/" + m).toList())
                    + " missing from the series");
        }
        if (patches.size() > m) {
            whole.report(top, patches.size() + " patches in a series numbered to " + m);
        }
        if (m > 1 && series.coverLetter().isEmpty() && !series.fromCommits()) {
            whole.report(top, "no cover letter (0/" + m + ") for a series of " + m + " patches");
        }
    }
}
