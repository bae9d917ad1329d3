package org.activemm.sites;

import org.activemm.Words;

/** Syntactic role of a site (docs/design.md, "Vocabularies"). */
public enum Role {
    DECL("decl"),
    INIT("init"),
    WRITE("write"),
    READ("read"),
    OFFSETOF("offsetof"),
    GRAB("grab"),
    DROP("drop"),
    LAZY_ENTER("lazy-enter");

    private final String word;

    Role(String word) {
        this.word = word;
    }

    /** The contract word used in every report. */
    public String word() {
        return word;
    }

    public static Role ofWord(String word) {
        return Words.find(values(), Role::word, word)
                .orElseThrow(() -> new IllegalArgumentException("unknown role: " + word));
    }
}
