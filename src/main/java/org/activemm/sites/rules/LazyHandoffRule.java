package org.activemm.sites.rules;

import org.activemm.sites.Purpose;

@RuleInfo(id = "AMM003",
        summary = "lazy handoff in the scheduler",
        change = "no reference, no handoff; arch_shoot_down_dead_mm() covers the lifetime")
public final class LazyHandoffRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return !site.assembly() && site.isMemberAccess() && site.purpose() == Purpose.LAZY_SWITCH;
    }
}
