package org.activemm.sites;

import org.activemm.sites.rules.SiteRule;

/**
 * One site or comment mention (docs/design.md, "Fields of a finding"). Role and
 * purpose are null for comment mentions; function and guard are empty, never null.
 * The finding holds its rule, so the generator asks the rule for its fix.
 */
public record Finding(
        String path,
        int line,
        int column,
        String function,
        Role role,
        Purpose purpose,
        Scope scope,
        SiteRule rule,
        String guard,
        Status status,
        Level level,
        String message) {

    /** The rule's id, as reports, suppressions and filters name it. */
    public String ruleId() {
        return rule.info().id();
    }

    public boolean isNote() {
        return role == null;
    }
}
