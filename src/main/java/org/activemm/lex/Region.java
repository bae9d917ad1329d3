package org.activemm.lex;

/**
 * Where a token sits: its owner (enclosing function, struct, initializer or
 * macro name; empty at file scope), whether it is inside a {@code #define}
 * or assembler {@code .macro} body, and its guard.
 */
public record Region(String owner, boolean macroBody, Guard guard) {
}
