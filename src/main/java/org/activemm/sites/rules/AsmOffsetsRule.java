package org.activemm.sites.rules;

import org.activemm.sites.Role;

@RuleInfo(id = "AMM010",
        summary = "asm-offsets and assembly users",
        change = "remove the export; fix each assembly user")
public final class AsmOffsetsRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return site.role() == Role.OFFSETOF || (site.assembly() && site.isMemberAccess());
    }
}
