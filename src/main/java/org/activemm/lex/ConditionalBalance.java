package org.activemm.lex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Pairs conditional directives by line as the preprocessor does, apart from
 * {@link Conditionals}, which keeps going on unbalanced input so that a
 * broken file still yields its sites.
 */
final class ConditionalBalance {
    private final Deque<UnmatchedConditional> open = new ArrayDeque<>();
    private final List<UnmatchedConditional> stray = new ArrayList<>();

    void opened(int line, String directive) {
        open.push(new UnmatchedConditional(line, directive));
    }

    /** An {@code #elif}, {@code #else} or {@code #endif}. */
    void continued(int line, String directive) {
        if (open.isEmpty()) {
            stray.add(new UnmatchedConditional(line, directive));
        } else if (directive.equals("endif")) {
            open.pop();
        }
    }

    /** At the end of the file: the stray directives, then the unclosed ones, in line order each. */
    List<UnmatchedConditional> unmatched() {
        List<UnmatchedConditional> out = new ArrayList<>(stray);
        List<UnmatchedConditional> unclosed = new ArrayList<>(open);
        Collections.reverse(unclosed);
        out.addAll(unclosed);
        return List.copyOf(out);
    }
}
