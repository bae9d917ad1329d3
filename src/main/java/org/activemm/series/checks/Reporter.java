package org.activemm.series.checks;

/** Where a check reports on one entry of the series; the check's id, level and the entry are already bound. */
public interface Reporter {
    void report(Location at, String message);

    /**
     * A finding one level below the check's: an error check that could not
     * decide (a shoot-down body no strategy fits) says so as a warning.
     */
    void warn(Location at, String message);
}
