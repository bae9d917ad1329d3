package org.activemm.lex;

/**
 * A conditional directive the preprocessor would reject for want of its
 * partner: an {@code #if}, {@code #ifdef} or {@code #ifndef} that the file
 * never closes, or an {@code #elif}, {@code #else} or {@code #endif} with no
 * open {@code #if}.
 *
 * @param directive the directive's name without {@code #} ({@code ifdef}, {@code endif})
 */
public record UnmatchedConditional(int line, String directive) {

    /** Whether the directive opens a conditional that the file never closes. */
    public boolean unclosed() {
        return directive.startsWith("if");
    }
}
