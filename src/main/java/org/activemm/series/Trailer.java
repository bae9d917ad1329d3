package org.activemm.series;

/** A {@code Key: value} line of a mail's last body paragraph, with its line in the input file. */
public record Trailer(String key, String value, int line) {
}
