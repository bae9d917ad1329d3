package org.activemm.sites.rules;

import java.util.regex.Pattern;

import org.activemm.sites.Role;

@RuleInfo(id = "AMM001",
        summary = "member declaration in struct task_struct",
        change = "wrap in #ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM")
public final class MemberDeclarationRule implements SiteRule {
    private static final SiteFix GUARD = new SiteFix.GuardLine(SiteFix.Guarded.MEMBER,
            Pattern.compile("^\\s*struct\\s+mm_struct\\s*\\*\\s*active_mm\\s*;\\s*(/\\*.*\\*/\\s*)?$"));

    @Override
    public boolean covers(SiteShape site) {
        return site.role() == Role.DECL;
    }

    @Override
    public SiteFix fix() {
        return GUARD;
    }
}
