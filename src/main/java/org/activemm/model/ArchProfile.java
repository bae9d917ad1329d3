package org.activemm.model;

import java.util.List;

/**
 * One arch, or one paravirt variant of it with the overrides applied.
 *
 * @param name      the command-line name: {@code x86}, or {@code x86+hyperv} for a variant
 * @param arch      the {@code arch/<name>} folder
 * @param variant   the variant name ({@code hyperv}), or null for the base profile
 * @param describes which kernel the facts were checked against ({@code 4.19}, {@code 4.19 and 6.5})
 * @param recordDiverges where the arch switches a lazy CPU away without telling the scheduler's
 *                  record; empty where the two records of the loaded mm always agree
 * @param notes     the facts behind the values, each citing the kernel file that shows it
 */
public record ArchProfile(
        String name,
        String arch,
        String variant,
        String describes,
        RemoteFlush remoteFlush,
        CpumaskTracking cpumask,
        boolean lazySwitchOnFlush,
        boolean exitHookSwitchesLazy,
        PgtableFree pgtableFree,
        List<RecordDivergence> recordDiverges,
        String loadedMm,
        String kconfig,
        List<String> notes) {

    public ArchProfile {
        recordDiverges = List.copyOf(recordDiverges);
        notes = List.copyOf(notes);
    }

    /** A lazy CPU can leave the mm in the MMU and the mask while the scheduler's record keeps naming it. */
    public boolean diverges() {
        return !recordDiverges.isEmpty();
    }

    public boolean isVariant() {
        return variant != null;
    }

    public boolean tracksCpumask() {
        return cpumask == CpumaskTracking.TRACKED;
    }
}
