package org.activemm.sites.rules;

import org.activemm.sites.Role;

@RuleInfo(id = "AMM012",
        summary = "enter_lazy_tlb() callers",
        change = "stay; listed so that the arch hook's behaviour is reviewed")
public final class LazyTlbEnterRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return site.role() == Role.LAZY_ENTER;
    }
}
