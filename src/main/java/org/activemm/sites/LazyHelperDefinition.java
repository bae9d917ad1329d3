package org.activemm.sites;

/**
 * One definition of a lazy helper ({@code mmgrab_lazy_tlb()} and kin) in
 * the scanned tree.
 *
 * @param line the line of the helper's name
 * @param counts whether its body takes or drops a reference at all
 * @param countsUnderSeed whether one of those calls is compiled when the seed option is set
 */
public record LazyHelperDefinition(String helper, String path, int line, boolean counts, boolean countsUnderSeed) {
}
