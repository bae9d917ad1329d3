package org.activemm.sites;

import java.util.List;

/**
 * What a scan is about: the scheme, the arches that opt in (empty means
 * every arch), and whether comment mentions are reported as notes.
 */
public record ScanOptions(Scheme scheme, List<String> arches, boolean notes) {
    public ScanOptions {
        arches = List.copyOf(arches);
    }

    /** Whether sites of this arch need a change in this run. */
    public boolean optsIn(String arch) {
        return arches.isEmpty() || arches.contains(arch);
    }
}
