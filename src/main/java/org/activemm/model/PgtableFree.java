package org.activemm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How freed page tables are synchronised with other CPUs (profile field {@code pgtable_free}).
 * Recorded for reviewers; the checker's actions do not depend on it.
 */
public enum PgtableFree {
    @JsonProperty("ipi") IPI("ipi"),
    @JsonProperty("rcu") RCU("rcu"),
    @JsonProperty("none") NONE("none");

    private final String word;

    PgtableFree(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
