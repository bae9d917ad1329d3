package org.activemm.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.sites.SiteFingerprints;

/**
 * What a report shows of a scan: {@code scan} holds the findings reported
 * (filtered, not suppressed, not in the baseline), {@code suppressed} those a
 * suppressions entry covers, {@code inBaseline} how many the baseline already
 * had; fingerprints are those of the whole scan, so they match earlier reports.
 */
public record Report(ScanResult scan, List<SuppressedFinding> suppressed, int inBaseline,
        Map<Finding, String> fingerprints, Snippets snippets) {

    /**
     * Drops the findings whose fingerprint is in {@code baseline} and those the
     * filter does not keep, then sets apart those a suppression covers.
     */
    public static Report select(ScanResult scan, FindingFilter filter, List<Suppression> suppressions,
            Set<String> baseline, Snippets snippets) {
        Map<Finding, String> fingerprints = SiteFingerprints.of(scan.findings());
        List<Finding> reported = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        int inBaseline = 0;
        for (Finding f : scan.findings()) {
            if (baseline.contains(fingerprints.get(f))) {
                inBaseline++;
            } else if (filter.keeps(f)) {
                suppressions.stream().filter(s -> s.matches(f)).findFirst().ifPresentOrElse(
                        s -> suppressed.add(new SuppressedFinding(f, s.reason())), () -> reported.add(f));
            }
        }
        ScanResult shown = new ScanResult(scan.tree(), scan.revision(), scan.scheme(), scan.arches(),
                List.copyOf(reported), scan.skipped(), scan.filesScanned());
        return new Report(shown, List.copyOf(suppressed), inBaseline, fingerprints, snippets);
    }

    public boolean needsChange() {
        return scan.needsChange();
    }
}
