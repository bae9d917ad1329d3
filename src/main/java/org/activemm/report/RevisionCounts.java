package org.activemm.report;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Status;

/**
 * One revision of a trend: its sites (comment notes left out, as in
 * {@link Counts}) counted by rule and status.
 *
 * @param revision     as the user named it, e.g. {@code v4.19}
 * @param commit       the commit it resolved to
 * @param byRule       rule id, then status word, to the number of sites
 * @param filesScanned source files the scan looked at
 * @param skipped      files that could not be read
 */
public record RevisionCounts(String revision, String commit, Map<String, Map<String, Integer>> byRule,
        int filesScanned, int skipped) {

    public RevisionCounts {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        byRule.forEach((rule, statuses) -> copy.put(rule, Collections.unmodifiableMap(new TreeMap<>(statuses))));
        byRule = Collections.unmodifiableMap(copy);
    }

    public static RevisionCounts of(String revision, ScanResult scan) {
        Map<String, Map<String, Integer>> byRule = new TreeMap<>();
        for (Finding f : scan.findings()) {
            if (!f.isNote()) {
                byRule.computeIfAbsent(f.ruleId(), r -> new TreeMap<>()).merge(f.status().word(), 1, Integer::sum);
            }
        }
        return new RevisionCounts(revision, scan.revision() == null ? "" : scan.revision(), byRule,
                scan.filesScanned(), scan.skipped().size());
    }

    /** Sites of a rule with a status; 0 when there are none. */
    public int count(String rule, Status status) {
        return byRule.getOrDefault(rule, Map.of()).getOrDefault(status.word(), 0);
    }

    /** Sites with a status, over every rule. */
    public int total(Status status) {
        return byRule.keySet().stream().mapToInt(r -> count(r, status)).sum();
    }
}
