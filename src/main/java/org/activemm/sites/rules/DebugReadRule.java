package org.activemm.sites.rules;

import org.activemm.sites.Purpose;

@RuleInfo(id = "AMM011",
        summary = "debug and dump readers",
        change = "read the loaded mm or print nothing")
public final class DebugReadRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return !site.assembly() && site.isMemberAccess() && site.purpose() == Purpose.DEBUG;
    }
}
