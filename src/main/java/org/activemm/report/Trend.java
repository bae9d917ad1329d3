package org.activemm.report;

import java.util.List;
import java.util.TreeSet;

/**
 * Sites by rule and status across revisions, oldest first: what
 * {@code activemm trend} prints as a table, JSON or an SVG chart.
 *
 * @param repository the repository the revisions were read from
 * @param scheme     the scheme every revision was scanned under
 * @param arches     the arches that opt in
 */
public record Trend(String repository, String scheme, List<String> arches, List<RevisionCounts> revisions) {
    public Trend {
        arches = List.copyOf(arches);
        revisions = List.copyOf(revisions);
    }

    /** Every rule with a site in some revision, in id order. */
    public List<String> rules() {
        TreeSet<String> rules = new TreeSet<>();
        revisions.forEach(r -> rules.addAll(r.byRule().keySet()));
        return List.copyOf(rules);
    }
}
