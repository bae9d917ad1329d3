package org.activemm.generate;

import java.util.List;
import java.util.Map;

import org.activemm.sites.Finding;

/**
 * What a series did about one arch's checklist: the sites it took care of
 * (with the patch, e.g. "done in patch 4: mm: use mmgrab_lazy_tlb() and
 * mmdrop_lazy_tlb()"), the hand work it left, and the patches that implement
 * {@code arch_shoot_down_dead_mm()} and add the {@code select} (empty when none).
 */
record SeriesProgress(Map<Finding, String> doneSites, List<HandWork> handWork, String implementation,
        String select) {

    /** A plain scan: nothing done yet, every site open. */
    static final SeriesProgress NONE = new SeriesProgress(Map.of(), List.of(), "", "");

    SeriesProgress {
        doneSites = Map.copyOf(doneSites);
        handWork = List.copyOf(handWork);
    }

    boolean isSeries() {
        return this != NONE;
    }
}
