package org.activemm.series.checks;

/** Where a check reports on one entry of the series; the check's id, level and the entry are already bound. */
@FunctionalInterface
public interface Reporter {
    void report(Location at, String message);
}
