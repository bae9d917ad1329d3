package org.activemm.sites;

import org.activemm.Words;

/** Why the code touches active_mm (docs/design.md, "Vocabularies"). */
public enum Purpose {
    LAZY_SWITCH("lazy-switch"),
    CPU_BRINGUP("cpu-bringup"),
    CPU_TEARDOWN("cpu-teardown"),
    EXEC("exec"),
    KTHREAD_MM("kthread-mm"),
    FORK_EXIT("fork-exit"),
    EFI("efi"),
    LOADED_MM("loaded-mm"),
    DEBUG("debug"),
    ASSERTION("assertion"),
    OTHER("other");

    private final String word;

    Purpose(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Purpose ofWord(String word) {
        return Words.find(values(), Purpose::word, word)
                .orElseThrow(() -> new IllegalArgumentException("unknown purpose: " + word));
    }
}
