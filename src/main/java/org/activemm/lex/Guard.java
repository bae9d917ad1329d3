package org.activemm.lex;

import java.util.List;

/**
 * The conditions wrapping a token: preprocessor branches outermost first,
 * then {@code if (IS_ENABLED(...))} blocks. Dead when some enclosing branch
 * can never be compiled ({@code #if 0}, the {@code #else} of {@code #if 1}).
 */
public record Guard(List<String> conditions, boolean dead) {
    public static final Guard NONE = new Guard(List.of(), false);

    /** The conditions joined with {@code " && "}; empty when unguarded. */
    public String text() {
        return String.join(" && ", conditions);
    }
}
