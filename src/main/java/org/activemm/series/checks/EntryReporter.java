package org.activemm.series.checks;

/** For checks about the series as a whole: the reporter of any entry (0 is the cover letter, or the first patch). */
@FunctionalInterface
public interface EntryReporter {
    Reporter on(int entry);
}
