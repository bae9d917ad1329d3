package org.activemm.sites.rules;

import org.activemm.sites.Purpose;

@RuleInfo(id = "AMM006",
        summary = "exec / kthread mm borrow / fork / exit bookkeeping",
        change = "keep mm, drop active_mm bookkeeping")
public final class MmBookkeepingRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return !site.assembly() && site.isMemberAccess() && (site.purpose() == Purpose.EXEC || site.purpose() == Purpose.KTHREAD_MM || site.purpose() == Purpose.FORK_EXIT);
    }
}
