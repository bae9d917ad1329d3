package org.activemm.lex;

/** One code token with its physical position (1-based line and column). */
public record Token(TokenKind kind, String text, int line, int column, Region region) {

    public boolean is(String s) {
        return text.equals(s);
    }

    public boolean isIdent() {
        return kind == TokenKind.IDENT;
    }
}
