package org.activemm.series.checks;

/** A line of a file at some step, with its number from 1. */
record NumberedLine(int line, String text) {
}
