package org.activemm.model;

import org.activemm.Words;

/** How the core handles a lazily used mm (docs/design.md, "The model": strategies). */
public enum Strategy {
    /** mmgrab()/mmdrop() on every lazy switch; the last mmdrop() frees the mm. */
    REFCOUNT("refcount"),
    /** Seed, x86: the teardown flush has already switched every lazy CPU away. */
    PIGGYBACK("piggyback"),
    /** Seed generic, upstream MMU_LAZY_TLB_SHOOTDOWN: IPI every CPU in mm_cpumask(mm). */
    IPI_CPUMASK("ipi-cpumask"),
    /** IPI every online CPU. */
    IPI_ALL("ipi-all");

    private final String word;

    Strategy(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The strategy a command line names; an unknown word is a usage error listing the known ones. */
    public static Strategy byWord(String word) {
        return Words.named(values(), Strategy::word, "scheme", word);
    }
}
