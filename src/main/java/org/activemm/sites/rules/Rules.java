package org.activemm.sites.rules;

import java.util.List;

/** Every rule, in id order. New rules are added here and nowhere else. */
public final class Rules {
    private static final List<SiteRule> ALL = List.of(
            new MemberDeclarationRule(),
            new InitTaskInitializerRule(),
            new LazyHandoffRule(),
            new LazyRefcountRule(),
            new CpuLifecycleRule(),
            new MmBookkeepingRule(),
            new EfiMmSwitchRule(),
            new LoadedMmReadRule(),
            new AssertionRule(),
            new AsmOffsetsRule(),
            new DebugReadRule(),
            new LazyTlbEnterRule(),
            new OtherMemberUseRule(),
            new CommentMentionRule());

    private Rules() {
    }

    public static List<SiteRule> all() {
        return ALL;
    }

    /** The rule with this id. */
    public static SiteRule byId(String id) {
        return ALL.stream().filter(r -> r.info().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    /** The one rule that covers this shape. */
    public static SiteRule forSite(SiteShape site) {
        for (SiteRule rule : ALL) {
            if (rule.covers(site)) {
                return rule;
            }
        }
        throw new IllegalStateException("no rule covers " + site);
    }
}
