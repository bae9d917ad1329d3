package org.activemm.generate;

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
