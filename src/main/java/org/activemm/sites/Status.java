package org.activemm.sites;

import org.activemm.Words;

/** Whether a site still needs a change for the arches being converted (docs/design.md, "Vocabularies"). */
public enum Status {
    NEEDS_CHANGE("needs-change"),
    CONVERTED("converted"),
    INFO("info");

    private final String word;

    Status(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Status ofWord(String word) {
        return Words.find(values(), Status::word, word)
                .orElseThrow(() -> new IllegalArgumentException("unknown status: " + word));
    }
}
