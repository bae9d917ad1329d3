package org.activemm.sites.rules;

/** One kind of change; exactly one rule covers each site shape (RulesTest checks this). */
public interface SiteRule {
    boolean covers(SiteShape site);

    default RuleInfo info() {
        return getClass().getAnnotation(RuleInfo.class);
    }
}
