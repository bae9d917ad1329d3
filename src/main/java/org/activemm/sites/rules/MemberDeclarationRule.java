package org.activemm.sites.rules;

import org.activemm.sites.Role;

@RuleInfo(id = "AMM001",
        summary = "member declaration in struct task_struct",
        change = "wrap in #ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM")
public final class MemberDeclarationRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return site.role() == Role.DECL;
    }
}
