package org.activemm.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON shape of one resource file under {@code arches/}: a base profile and its paravirt variants. */
record ProfileFile(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "describes", required = true) String describes,
        @JsonProperty(value = "remote_flush", required = true) RemoteFlush remoteFlush,
        @JsonProperty(value = "cpumask", required = true) CpumaskTracking cpumask,
        @JsonProperty(value = "lazy_switch_on_flush", required = true) Boolean lazySwitchOnFlush,
        @JsonProperty(value = "exit_hook_switches_lazy", required = true) Boolean exitHookSwitchesLazy,
        @JsonProperty(value = "pgtable_free", required = true) PgtableFree pgtableFree,
        @JsonProperty(value = "record_diverges", required = true) List<RecordDivergence> recordDiverges,
        @JsonProperty(value = "loaded_mm", required = true) String loadedMm,
        @JsonProperty(value = "kconfig", required = true) String kconfig,
        @JsonProperty(value = "notes", required = true) List<String> notes,
        @JsonProperty(value = "paravirt") List<Variant> paravirt) {

    /**
     * A variant overrides any of the base fields it names, except {@code record_diverges}, whose
     * entries it adds to the base's; it must say why in its own notes.
     */
    record Variant(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "describes") String describes,
            @JsonProperty(value = "remote_flush") RemoteFlush remoteFlush,
            @JsonProperty(value = "cpumask") CpumaskTracking cpumask,
            @JsonProperty(value = "lazy_switch_on_flush") Boolean lazySwitchOnFlush,
            @JsonProperty(value = "exit_hook_switches_lazy") Boolean exitHookSwitchesLazy,
            @JsonProperty(value = "pgtable_free") PgtableFree pgtableFree,
            @JsonProperty(value = "record_diverges") List<RecordDivergence> recordDiverges,
            @JsonProperty(value = "loaded_mm") String loadedMm,
            @JsonProperty(value = "notes", required = true) List<String> notes) {
    }
}
