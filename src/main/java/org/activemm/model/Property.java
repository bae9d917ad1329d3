package org.activemm.model;

/** The properties the checker proves or breaks. */
public enum Property {
    NO_UAF("no-uaf", "no CPU has M loaded, no scheduler record names M, and no saved-and-later-restored mm is M, at the moment M is freed"),
    NO_STALE_WALK("no-stale-walk", "when page tables are freed, every CPU that still has M loaded has been flushed"),
    REFCOUNT_SANE("refcount-sane", "mm_count never goes below zero and reaches zero exactly once"),
    NO_LEAK("no-leak", "from every state where no task uses M and every CPU has left M, M is freed");

    private final String id;
    private final String statement;

    Property(String id, String statement) {
        this.id = id;
        this.statement = statement;
    }

    public String id() {
        return id;
    }

    public String statement() {
        return statement;
    }
}
