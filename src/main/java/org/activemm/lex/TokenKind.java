package org.activemm.lex;

/** What a code token is; comments are kept apart as {@link Comment}s. */
public enum TokenKind {
    IDENT,
    NUMBER,
    STRING,
    CHAR,
    PUNCT
}
