package org.activemm.model;

import org.activemm.Words;

/**
 * How the shoot-down finds the CPUs that still use a dying mm lazily; the scheme
 * ({@link org.activemm.sites.Scheme}) says where the core keeps the lazy mm and when it shoots down.
 */
public enum Strategy {
    /** mmgrab()/mmdrop() on every lazy switch; the last mmdrop() frees the mm. */
    REFCOUNT("refcount"),
    /**
     * Seed: the teardown flush has already switched every lazy CPU away. Safe only where that switch also
     * moves the core's per-CPU record, which x86's flush_tlb_func() does not.
     */
    PIGGYBACK("piggyback"),
    /** Seed generic, upstream MMU_LAZY_TLB_SHOOTDOWN: IPI every CPU in mm_cpumask(mm). */
    IPI_CPUMASK("ipi-cpumask"),
    /**
     * The core keeps a per-CPU record of the mm each CPU has loaded, written with interrupts off at
     * every switch; the shoot-down IPIs exactly the CPUs whose record is the dying mm. Needs no
     * mm_cpumask() tracking.
     */
    IPI_SCAN("ipi-scan"),
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
        return Words.named(values(), Strategy::word, "strategy", word);
    }
}
