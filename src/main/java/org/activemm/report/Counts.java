package org.activemm.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.activemm.sites.Finding;

/** Finding counts by scope, rule and status (sites only; comment notes are not counted). */
public record Counts(Map<String, Integer> byScope, Map<String, Integer> byRule, Map<String, Integer> byStatus,
        Map<String, Map<String, Integer>> byScopeAndRule) {

    public static Counts of(List<Finding> findings) {
        List<Finding> sites = findings.stream().filter(f -> !f.isNote()).toList();
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        for (Finding f : sites) {
            table.computeIfAbsent(f.scope().word(), k -> new TreeMap<>()).merge(f.ruleId(), 1, Integer::sum);
        }
        return new Counts(count(sites, f -> f.scope().word()), count(sites, Finding::ruleId),
                count(sites, f -> f.status().word()), table);
    }

    private static Map<String, Integer> count(List<Finding> sites, Function<Finding, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        sites.forEach(f -> counts.merge(key.apply(f), 1, Integer::sum));
        return counts;
    }
}
