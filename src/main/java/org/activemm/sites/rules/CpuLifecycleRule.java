package org.activemm.sites.rules;

import org.activemm.sites.Purpose;

@RuleInfo(id = "AMM005",
        summary = "CPU bring-up / teardown adopting init_mm",
        change = "bring-up: drop the init_mm reference and the active_mm assignment; teardown: drop the handoff to init_mm and its mmdrop()")
public final class CpuLifecycleRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return (site.isReference() || (!site.assembly() && site.isMemberAccess())) && site.isCpuLifecycle();
    }

    @Override
    public SiteFix fix() {
        return SiteFix.LAZY_HELPER;
    }

    /** Only the half of the change that applies: a bring-up site is not told about teardown. */
    @Override
    public String changeFor(SiteShape site) {
        return site.purpose() == Purpose.CPU_TEARDOWN
                ? "drop the handoff to init_mm and its mmdrop()"
                : "drop the init_mm reference and the active_mm assignment";
    }
}
