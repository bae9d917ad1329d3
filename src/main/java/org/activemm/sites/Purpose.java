package org.activemm.sites;

/** Why the code touches active_mm (SITES.md, "purpose"). */
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
        for (Purpose p : values()) {
            if (p.word.equals(word)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown purpose: " + word);
    }
}
