package org.activemm.generate;

/** What one patch of a generated series does; its commit message comes from {@link #template()}. */
enum PatchKind {
    CORE_HOOK("core-hook"),
    LOADED_MM_RECORD("loaded-mm-record"),
    LAZY_HELPERS("lazy-helpers"),
    LAZY_REFCOUNT_OFF("lazy-refcount-off"),
    LAZY_CONVERSION("lazy-conversion"),
    RECORD_CONVERSION("record-conversion"),
    MEMBER_GUARD("member-guard"),
    ARCH_SHOOTDOWN("arch-shootdown"),
    ARCH_BRINGUP("arch-bringup"),
    ARCH_SELECT("arch-select");

    private final String word;

    PatchKind(String word) {
        this.word = word;
    }

    /** The commit message's template under templates/. */
    String template() {
        return "patch/" + word + ".ftl";
    }
}
