package org.activemm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a TLB flush reaches the other CPUs (profile field {@code remote_flush}). */
public enum RemoteFlush {
    /** An interrupt on every target CPU: its handler runs there. */
    @JsonProperty("ipi") IPI("ipi", "IPI"),
    /** Hardware broadcast invalidation: no code runs on the other CPUs. */
    @JsonProperty("broadcast") BROADCAST("broadcast", "hardware broadcast, no IPI"),
    /** A hypervisor or firmware call flushes the targets without interrupting them. */
    @JsonProperty("hypercall") HYPERCALL("hypercall", "hypercall, no interrupt on the targets");

    private final String word;
    private final String how;

    RemoteFlush(String word, String how) {
        this.word = word;
        this.how = how;
    }

    public String word() {
        return word;
    }

    /** The phrase a trace uses: "flushes by ...". */
    public String how() {
        return how;
    }
}
