package org.activemm.sites.rules;

import org.activemm.sites.Purpose;
import org.activemm.sites.Role;

@RuleInfo(id = "AMM008",
        summary = "loaded-mm reads",
        change = "read the arch's per-CPU loaded mm (x86: cpu_tlbstate.loaded_mm)")
public final class LoadedMmReadRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return !site.assembly() && site.isMemberAccess() && site.purpose() == Purpose.LOADED_MM;
    }

    /**
     * docs/sites.md gives a loaded-mm write this rule too (KVM's guest entry on
     * mips, powerpc's lazy-TLB exit flush): there is nothing to read instead,
     * the assignment goes.
     */
    @Override
    public String changeFor(SiteShape site) {
        return site.role() == Role.WRITE
                ? "drop the assignment; the arch's per-CPU loaded mm (x86: cpu_tlbstate.loaded_mm) is the record"
                : info().change();
    }
}
