package org.activemm.sites.rules;

import org.activemm.sites.Role;

@RuleInfo(id = "AMM002",
        summary = "static initializer of init_task",
        change = "wrap in #ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM")
public final class InitTaskInitializerRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return site.role() == Role.INIT;
    }
}
