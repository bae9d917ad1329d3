package org.activemm.report;

import java.util.Set;

import org.activemm.sites.Finding;
import org.activemm.sites.Status;

/**
 * Which findings a report shows, as checkpatch's {@code --types}/{@code --ignore}:
 * the statuses asked for (all when empty), the rules asked for (all when
 * empty), minus the rules ignored.
 */
public record FindingFilter(Set<Status> statuses, Set<String> rules, Set<String> ignored) {
    public boolean keeps(Finding f) {
        return (statuses.isEmpty() || statuses.contains(f.status()))
                && (rules.isEmpty() || rules.contains(f.ruleId()))
                && !ignored.contains(f.ruleId());
    }
}
