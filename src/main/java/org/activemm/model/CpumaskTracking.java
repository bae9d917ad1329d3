package org.activemm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether {@code mm_cpumask(mm)} holds every CPU with the mm loaded, lazy ones included (profile field {@code cpumask}). */
public enum CpumaskTracking {
    @JsonProperty("tracked") TRACKED("tracked"),
    @JsonProperty("none") NONE("none");

    private final String word;

    CpumaskTracking(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
