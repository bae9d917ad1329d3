package org.activemm.sites;

import org.activemm.Words;

/** The conversion a run is about (docs/design.md, "Schemes"). */
public enum Scheme {
    /** The 2018 proposal: ARCH_NO_TASK_ACTIVE_MM and arch_shoot_down_dead_mm(). */
    SEED("seed", "CONFIG_ARCH_NO_TASK_ACTIVE_MM"),
    /** Linux 6.x: MMU_LAZY_TLB_SHOOTDOWN with mmgrab_lazy_tlb()/mmdrop_lazy_tlb(). */
    UPSTREAM("upstream", "CONFIG_MMU_LAZY_TLB_REFCOUNT");

    private final String word;
    private final String guardSymbol;

    Scheme(String word, String guardSymbol) {
        this.word = word;
        this.guardSymbol = guardSymbol;
    }

    public String word() {
        return word;
    }

    /** The Kconfig symbol whose guard marks a site as converted. */
    public String guardSymbol() {
        return guardSymbol;
    }

    public static Scheme ofWord(String word) {
        return Words.named(values(), Scheme::word, "scheme", word);
    }
}
