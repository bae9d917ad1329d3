package org.activemm.sites;

import org.activemm.sites.rules.SiteRule;

/**
 * One site or comment mention (docs/design.md, "Fields of a finding"). A
 * comment mention is a note: it has no role and no purpose (both null); a site
 * has both. Function and guard are empty, never null. The finding holds its
 * rule, so the generator asks the rule for its fix.
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
        String message,
        boolean note) {

    public Finding {
        if (note ? role != null || purpose != null : role == null || purpose == null) {
            throw new IllegalArgumentException((note ? "a note has no" : "a site needs a") + " role and purpose: "
                    + path + ":" + line + ":" + column);
        }
    }

    /** The rule's id, as reports, suppressions and filters name it. */
    public String ruleId() {
        return rule.info().id();
    }

    /** Whether this is a comment mention rather than a site. */
    public boolean isNote() {
        return note;
    }
}
