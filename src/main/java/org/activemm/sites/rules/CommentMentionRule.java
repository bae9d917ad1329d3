package org.activemm.sites.rules;

@RuleInfo(id = "AMM014",
        summary = "comment that mentions active_mm (--notes only)",
        change = "update the comment so it does not describe a member that may be gone")
public final class CommentMentionRule implements SiteRule {
    @Override
    public boolean covers(SiteShape site) {
        return site.comment();
    }
}
