package org.activemm.sites.rules;

@RuleInfo(id = "AMM004",
        summary = "lazy reference counting (grab/drop)",
        change = "compile out, or use the scheme's helpers")
public final class LazyRefcountRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return site.isReference() && !site.isCpuLifecycle();
    }

    @Override
    public SiteFix fix() {
        return SiteFix.LAZY_HELPER;
    }
}
