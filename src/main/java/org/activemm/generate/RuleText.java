package org.activemm.generate;

import org.activemm.sites.Finding;
import org.activemm.sites.Role;
import org.activemm.sites.Scheme;
import org.activemm.sites.rules.Rules;
import org.activemm.sites.rules.SiteShape;

/** A rule's texts, from the rule classes (the single source of truth). */
final class RuleText {
    private RuleText() {
    }

    /**
     * What to do at a site under {@code scheme}. The rules' texts are the seed
     * scheme's (the member goes); upstream keeps the member and only its lazy
     * references change.
     */
    static String change(Finding site, Scheme scheme) {
        if (!scheme.keepsMember()) {
            // narrowing looks at role and purpose only
            return site.rule().changeFor(new SiteShape(site.role(), site.purpose(), false));
        }
        return site.role() == Role.GRAB || site.role() == Role.DROP
                ? "take or drop this lazy reference with mmgrab_lazy_tlb()/mmdrop_lazy_tlb()"
                : "review under " + scheme.option() + " (upstream keeps task_struct::active_mm)";
    }

    static String summary(String ruleId) {
        return Rules.byId(ruleId).info().summary();
    }
}
