package org.activemm.generate;

import java.util.Optional;

/** One patch of a series: its place (the working tree's step), what it does, and the arch an arch's patch is for. */
record PatchStep(int id, PatchKind kind, Optional<ArchPlan> arch) {

    boolean isFor(PatchKind kind, ArchPlan plan) {
        return this.kind == kind && arch.map(a -> a.arch().equals(plan.arch())).orElse(false);
    }
}
