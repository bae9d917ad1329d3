package org.activemm.sites.rules;

import org.activemm.sites.Purpose;

@RuleInfo(id = "AMM009",
        summary = "assertions",
        change = "drop or rewrite against the per-CPU loaded mm")
public final class AssertionRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return !site.assembly() && site.isMemberAccess() && site.purpose() == Purpose.ASSERTION;
    }
}
