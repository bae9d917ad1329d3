package org.activemm.lex;

/** A comment (either kind, or an assembler line comment) with where it starts. */
public record Comment(String text, int line, int column, Region region) {
}
