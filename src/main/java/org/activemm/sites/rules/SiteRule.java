package org.activemm.sites.rules;

/** One kind of change; exactly one rule covers each site shape (RulesTest checks this). */
public interface SiteRule {
    boolean covers(SiteShape site);

    default RuleInfo info() {
        return getClass().getAnnotation(RuleInfo.class);
    }

    /**
     * The change one site asks for, as its finding's message says it: the
     * rule's {@link RuleInfo#change()}, unless the rule covers shapes that
     * need different edits and narrows it for this one.
     */
    default String changeFor(SiteShape site) {
        return info().change();
    }

    /** The edit the generator makes at this rule's sites. */
    default SiteFix fix() {
        return SiteFix.NONE;
    }
}
