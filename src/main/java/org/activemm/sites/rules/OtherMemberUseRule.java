package org.activemm.sites.rules;

import org.activemm.sites.Purpose;

@RuleInfo(id = "AMM013",
        summary = "other member uses, with the reason in the message",
        change = "review by hand: replace with the task's mm or the per-CPU loaded mm")
public final class OtherMemberUseRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return !site.assembly() && site.isMemberAccess() && site.purpose() == Purpose.OTHER;
    }
}
