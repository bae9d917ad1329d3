package org.activemm.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.activemm.model.ArchProfiles;

/** Turns {@code --arch} into the arch folders a scan opts in, checked against the model's profiles. */
final class ArchSelection {
    private ArchSelection() {
    }

    /**
     * The named arches (a variant such as {@code x86+hyperv} stands for its
     * arch folder), or every arch the model marks eligible when none is named.
     */
    static List<String> forScan(List<String> named) {
        if (named.isEmpty()) {
            return ArchProfiles.eligibleArches().stream().sorted().toList();
        }
        Set<String> arches = new LinkedHashSet<>();
        for (String name : named) {
            arches.add(ArchProfiles.get(name.trim()).arch());
        }
        return List.copyOf(arches);
    }
}
