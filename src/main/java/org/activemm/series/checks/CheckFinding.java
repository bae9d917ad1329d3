package org.activemm.series.checks;

/**
 * One finding of {@code activemm check}: which check, on which entry of the
 * series (0 is the cover letter when there is one), and where.
 */
public record CheckFinding(String id, CheckLevel level, String message, int entry, Location at) {
}
