package org.activemm.sites;

/**
 * A site found in a file's tokens, before purpose and status: the index of
 * its token, its role, the called function for grab/drop/lazy-enter sites,
 * and for an asm-offsets export the exported symbol.
 */
record DetectedSite(int index, Role role, String call, String exportedSymbol) {
}
