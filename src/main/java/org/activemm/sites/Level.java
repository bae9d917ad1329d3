package org.activemm.sites;

/** Report level, in SARIF's words: a site that needs a change warns, everything else is a note. */
public enum Level {
    WARNING("warning"),
    NOTE("note");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Level of(Status status) {
        return status == Status.NEEDS_CHANGE ? WARNING : NOTE;
    }
}
