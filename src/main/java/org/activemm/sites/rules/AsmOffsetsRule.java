package org.activemm.sites.rules;

import java.util.regex.Pattern;

import org.activemm.sites.Role;

@RuleInfo(id = "AMM010",
        summary = "asm-offsets and assembly users",
        change = "remove the export; fix each assembly user")
public final class AsmOffsetsRule implements SiteRule {
    /** asm-offsets.c's export of the member's offset; the assembly users it also covers fit no such shape. */
    private static final SiteFix GUARD = new SiteFix.GuardLine(SiteFix.Guarded.ASM_OFFSET, Pattern.compile(
            "^\\s*(DEFINE\\(\\s*\\w+\\s*,\\s*offsetof\\(\\s*struct\\s+task_struct\\s*,\\s*active_mm\\s*\\)\\s*\\)"
                    + "|OFFSET\\(\\s*\\w+\\s*,\\s*task_struct\\s*,\\s*active_mm\\s*\\));\\s*$"));

    @Override
    public boolean covers(SiteShape site) {
        return site.role() == Role.OFFSETOF || (site.assembly() && site.isMemberAccess());
    }

    @Override
    public SiteFix fix() {
        return GUARD;
    }
}
