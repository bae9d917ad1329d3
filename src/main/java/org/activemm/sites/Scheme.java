package org.activemm.sites;

import org.activemm.Words;
import org.activemm.lex.Guard;

/**
 * The conversion a run is about (docs/design.md, "Schemes"), and everything
 * that differs between the two: the option an arch selects, the guard that
 * marks code as converted, and whether the member stays.
 */
public enum Scheme {
    /** The 2018 proposal: ARCH_NO_TASK_ACTIVE_MM and arch_shoot_down_dead_mm(); the member goes. */
    SEED("seed", "ARCH_NO_TASK_ACTIVE_MM", "ARCH_NO_TASK_ACTIVE_MM", false),
    /**
     * Linux 6.x: MMU_LAZY_TLB_SHOOTDOWN with mmgrab_lazy_tlb()/mmdrop_lazy_tlb(); the member
     * stays, and code that counts lazy references only under MMU_LAZY_TLB_REFCOUNT is converted.
     */
    UPSTREAM("upstream", "MMU_LAZY_TLB_SHOOTDOWN", "MMU_LAZY_TLB_REFCOUNT", true);

    private final String word;
    private final String option;
    private final String guardOption;
    private final boolean keepsMember;

    Scheme(String word, String option, String guardOption, boolean keepsMember) {
        this.word = word;
        this.option = option;
        this.guardOption = guardOption;
        this.keepsMember = keepsMember;
    }

    public String word() {
        return word;
    }

    /** The Kconfig option an arch selects to opt in, without {@code CONFIG_}. */
    public String option() {
        return option;
    }

    /** The Kconfig symbol whose guard marks a site as converted. */
    public String guardSymbol() {
        return "CONFIG_" + guardOption;
    }

    /** The other scheme, whose option this one's cannot be set together with. */
    public Scheme other() {
        return this == SEED ? UPSTREAM : SEED;
    }

    /**
     * The 6.x option under which the lazy helpers count references (without
     * {@code CONFIG_}): upstream's guard, and what the seed option turns off.
     */
    public static String lazyRefcountOption() {
        return UPSTREAM.guardOption;
    }

    /**
     * Whether a series adds the core support itself: the option, the hook
     * {@code __mmput()} calls, each arch's {@code arch_shoot_down_dead_mm()}
     * and bring-up patch (seed). Upstream's core support is in the tree
     * (Linux 6.2 or later) and an arch only selects the option.
     */
    public boolean addsCoreSupport() {
        return this == SEED;
    }

    /**
     * Whether a call of a lazy helper is converted when the helper's
     * definition compiles its references out under {@link #guardSymbol()}
     * (seed), so that a scan must learn the tree's helper definitions.
     */
    public boolean compilesOutHelpers() {
        return this == SEED;
    }

    /** Whether {@code task_struct->active_mm} stays, so that only the lazy references change. */
    public boolean keepsMember() {
        return keepsMember;
    }

    /**
     * Why a site is converted already, or null: seed compiles it out under its
     * option or calls a helper that does; upstream calls a lazy helper or
     * counts only under MMU_LAZY_TLB_REFCOUNT.
     */
    String whyConverted(Guard guard, String call, SeedLazyHelpers seedHelpers) {
        if (compilesOutHelpers()) {
            if (GuardConditions.excludes(guard, guardSymbol())) {
                return "already under " + guard.text();
            }
            return seedHelpers.whyConverted(call);
        }
        if (call != null && SiteDetector.LAZY_HELPERS.contains(call)) {
            return "already uses " + call + "()";
        }
        return GuardConditions.requires(guard, guardSymbol()) ? "already under " + guard.text() : null;
    }

    public static Scheme ofWord(String word) {
        return Words.named(values(), Scheme::word, "scheme", word);
    }
}
