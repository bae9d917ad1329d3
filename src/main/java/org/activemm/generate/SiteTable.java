package org.activemm.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.activemm.sites.Finding;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;

/** The cover letter's table: sites of the scan by scope and rule, counted by status. */
final class SiteTable {
    private SiteTable() {
    }

    /** A row's place: core, drivers, then the arches in the order given, each by rule. */
    private record Key(int order, Scope scope, String rule) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::order).thenComparing(Key::rule);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** Rows for core, drivers and the converted arches (other arches' sites are not this series' business). */
    static List<Map<String, Object>> rows(List<Finding> findings, List<ArchPlan> plans) {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.CORE, Scope.DRIVERS));
        plans.forEach(p -> scopes.add(Scope.arch(p.arch())));
        Map<Key, int[]> counts = new TreeMap<>();
        for (Finding f : findings) {
            if (f.isNote() || !scopes.contains(f.scope())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(new Key(scopes.indexOf(f.scope()), f.scope(), f.ruleId()), k -> new int[3]);
            c[f.status() == Status.NEEDS_CHANGE ? 0 : f.status() == Status.CONVERTED ? 1 : 2]++;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scope", key.scope().word());
            row.put("rule", key.rule());
            row.put("summary", RuleText.summary(key.rule()));
            row.put("needsChange", c[0]);
            row.put("converted", c[1]);
            row.put("info", c[2]);
            rows.add(row);
        });
        return rows;
    }

    /** Each rule of the rows once, in rule order, with its summary: the table's legend. */
    static List<Map<String, Object>> legend(List<Map<String, Object>> rows) {
        Map<String, Object> rules = new TreeMap<>();
        rows.forEach(r -> rules.put((String) r.get("rule"), r.get("summary")));
        List<Map<String, Object>> out = new ArrayList<>();
        rules.forEach((rule, summary) -> out.add(Map.of("rule", rule, "summary", summary)));
        return out;
    }
}
