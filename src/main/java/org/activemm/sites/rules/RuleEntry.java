package org.activemm.sites.rules;

/** One row of the rule reference: the class that implements it and its {@link RuleInfo}. */
public record RuleEntry(String id, String className, String summary, String change) {

    public static RuleEntry of(SiteRule rule) {
        RuleInfo info = rule.info();
        return new RuleEntry(info.id(), rule.getClass().getSimpleName(), info.summary(), info.change());
    }
}
