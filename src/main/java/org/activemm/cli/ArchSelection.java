package org.activemm.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.activemm.model.ArchProfile;
import org.activemm.model.ArchProfiles;

/** Turns {@code --arch} profiles into the arch folders a scan opts in. */
final class ArchSelection {
    private ArchSelection() {
    }

    /**
     * The named arches (a variant such as {@code x86+hyperv} stands for its
     * arch folder), or every arch the model marks eligible when none is named.
     */
    static List<String> forScan(List<ArchProfile> named) {
        if (named.isEmpty()) {
            return ArchProfiles.eligibleArches().stream().sorted().toList();
        }
        Set<String> arches = new LinkedHashSet<>();
        for (ArchProfile profile : named) {
            arches.add(profile.arch());
        }
        return List.copyOf(arches);
    }
}
