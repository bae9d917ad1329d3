package org.activemm.sites.rules;

import org.activemm.sites.Purpose;

@RuleInfo(id = "AMM008",
        summary = "loaded-mm reads",
        change = "read the arch's per-CPU loaded mm (x86: cpu_tlbstate.loaded_mm)")
public final class LoadedMmReadRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return !site.assembly() && site.isMemberAccess() && site.purpose() == Purpose.LOADED_MM;
    }
}
