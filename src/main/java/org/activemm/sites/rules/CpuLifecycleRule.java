package org.activemm.sites.rules;

@RuleInfo(id = "AMM005",
        summary = "CPU bring-up / teardown adopting init_mm",
        change = "drop the mmgrab(&init_mm) and the assignment")
public final class CpuLifecycleRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return (site.isReference() || (!site.assembly() && site.isMemberAccess())) && site.isCpuLifecycle();
    }
}
