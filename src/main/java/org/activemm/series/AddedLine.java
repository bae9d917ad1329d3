package org.activemm.series;

/** A {@code +} line of a diff: its number in the patched file, its line in the input file, its text (with any CR). */
public record AddedLine(int line, int mailLine, String text) {
}
