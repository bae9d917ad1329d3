package org.activemm.sites.rules;

import java.util.regex.Pattern;

import org.activemm.sites.Role;

@RuleInfo(id = "AMM002",
        summary = "static initializer of init_task",
        change = "wrap in #ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM")
public final class InitTaskInitializerRule implements SiteRule {
    private static final SiteFix GUARD = new SiteFix.GuardLine(SiteFix.Guarded.INITIALIZER,
            Pattern.compile("^\\s*\\.active_mm\\s*=\\s*&init_mm\\s*,\\s*(/\\*.*\\*/\\s*)?$"));

    @Override
    public boolean covers(SiteShape site) {
        return site.role() == Role.INIT;
    }

    @Override
    public SiteFix fix() {
        return GUARD;
    }
}
