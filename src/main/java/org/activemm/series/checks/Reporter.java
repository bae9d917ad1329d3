package org.activemm.series.checks;

/** Where a check reports on one entry of the series; the check's id, level and the entry are already bound. */
@FunctionalInterface
public interface Reporter {
    void report(Location at, String message);

    /**
     * A finding at warning level from an error check that could not decide (a
     * shoot-down body no strategy fits). The run's reporter records the level;
     * a reporter that keeps only messages (a test's) takes it as a report.
     */
    default void warn(Location at, String message) {
        report(at, message);
    }
}
