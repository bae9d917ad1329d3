package org.activemm.sites.rules;

import org.activemm.sites.Purpose;

@RuleInfo(id = "AMM007",
        summary = "EFI mm switch saving and restoring current->active_mm",
        change = "switch through a temporary-mm helper that leaves active_mm alone")
public final class EfiMmSwitchRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return !site.assembly() && site.isMemberAccess() && site.purpose() == Purpose.EFI;
    }
}
