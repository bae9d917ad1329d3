package org.activemm.generate;

import org.activemm.sites.Finding;
import org.activemm.sites.Role;
import org.activemm.sites.Scheme;
import org.activemm.sites.rules.RuleInfo;
import org.activemm.sites.rules.Rules;
import org.activemm.sites.rules.SiteRule;

/** A rule's texts by id, from the rule classes (the single source of truth). */
final class RuleText {
    private RuleText() {
    }

    static String change(String ruleId) {
        RuleInfo info = info(ruleId);
        return info == null ? "see the rule" : info.change();
    }

    /**
     * What to do at a site under {@code scheme}. The rules' texts are the seed
     * scheme's (the member goes); upstream keeps the member and only its lazy
     * references change.
     */
    static String change(Finding site, Scheme scheme) {
        if (scheme != Scheme.UPSTREAM) {
            return change(site.rule());
        }
        return site.role() == Role.GRAB || site.role() == Role.DROP
                ? "take or drop this lazy reference with mmgrab_lazy_tlb()/mmdrop_lazy_tlb()"
                : "review under MMU_LAZY_TLB_SHOOTDOWN (upstream keeps task_struct::active_mm)";
    }

    static String summary(String ruleId) {
        RuleInfo info = info(ruleId);
        return info == null ? ruleId : info.summary();
    }

    private static RuleInfo info(String ruleId) {
        for (SiteRule r : Rules.all()) {
            RuleInfo info = r.info();
            if (info != null && info.id().equals(ruleId)) {
                return info;
            }
        }
        return null;
    }
}
