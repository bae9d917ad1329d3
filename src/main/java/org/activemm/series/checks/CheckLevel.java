package org.activemm.series.checks;

import java.util.Locale;

/** How bad a check's finding is: an error makes the series not ready, a warning does not. */
public enum CheckLevel {
    ERROR,
    WARNING;

    /** {@code error}, {@code warning}: the word in JSON, SARIF and docs. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
