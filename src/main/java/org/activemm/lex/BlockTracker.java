package org.activemm.lex;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows the braces of C code at file scope to name each token's owner
 * (function, struct or initializer), and the {@code if (IS_ENABLED(...))}
 * blocks inside functions. Its state can be saved and restored so that the
 * preprocessor can replay the braces of each conditional branch.
 */
final class BlockTracker {

    /** An {@code IS_ENABLED} condition and the brace depth its statement started at. */
    private record IfGuard(String condition, int baseDepth, boolean block, boolean elseBranch) {
    }

    /** What a conditional branch saves and restores. */
    record State(int depth, String owner, List<IfGuard> guards, int parens) {
    }

    private int depth;
    private String owner = "";
    private List<IfGuard> guards = List.of();
    private int parens;
    private int version;

    private final List<String> statement = new ArrayList<>();
    private final String[] recent = new String[8];
    /** The IS_ENABLED condition of the statement about to start, and whether it is an else branch. */
    private String pendingIf;
    private boolean pendingIsElse;
    /** The negated condition an {@code else} right here would take. */
    private String pendingElse;

    State snapshot() {
        return new State(depth, owner, guards, parens);
    }

    void restore(State state) {
        depth = state.depth();
        owner = state.owner();
        guards = state.guards();
        parens = state.parens();
        pendingIf = null;
        pendingIsElse = false;
        pendingElse = null;
        version++;
    }

    /** Changes whenever the owner or the guards change. */
    int version() {
        return version;
    }

    String owner() {
        return owner;
    }

    void accept(String text) {
        if (pendingElse != null) {
            String negated = pendingElse;
            pendingElse = null;
            if (text.equals("else")) {
                pendingIf = negated;
                pendingIsElse = true;
                remember(text);
                return;
            }
        }
        if (pendingIf != null) {
            push(new IfGuard(pendingIf, depth, text.equals("{"), pendingIsElse));
            pendingIf = null;
            pendingIsElse = false;
        }
        switch (text) {
            case "(" -> parens++;
            case ")" -> parens = Math.max(0, parens - 1);
            case "{" -> {
                if (depth == 0) {
                    owner = Owners.ownerOf(statement);
                    statement.clear();
                    version++;
                }
                depth++;
            }
            case "}" -> {
                depth = Math.max(0, depth - 1);
                parens = 0;
                if (depth == 0) {
                    if (!owner.isEmpty()) {
                        owner = "";
                        version++;
                    }
                    statement.clear();
                }
                endGuards(false);
            }
            case ";" -> {
                if (parens == 0) {
                    endGuards(true);
                    if (depth == 0) {
                        statement.clear();
                    }
                }
            }
            default -> {
            }
        }
        if (depth == 0 && !text.equals("}") && !text.equals(";")) {
            statement.add(text);
        }
        remember(text);
        if (text.equals(")")) {
            pendingIf = isEnabledCondition();
        }
    }

    private void push(IfGuard guard) {
        List<IfGuard> next = new ArrayList<>(guards);
        next.add(guard);
        guards = List.copyOf(next);
        version++;
    }

    /** Pops the IS_ENABLED statements that end here; an if-branch may be followed by else. */
    private void endGuards(boolean semicolon) {
        if (guards.isEmpty()) {
            return;
        }
        List<IfGuard> next = new ArrayList<>(guards);
        IfGuard last = null;
        while (!next.isEmpty()) {
            IfGuard top = next.get(next.size() - 1);
            boolean ends = top.baseDepth() > depth
                    || (top.baseDepth() == depth && (!semicolon || !top.block()));
            if (!ends) {
                break;
            }
            next.remove(next.size() - 1);
            last = top;
        }
        if (last != null) {
            guards = List.copyOf(next);
            version++;
            if (!last.elseBranch()) {
                pendingElse = negate(last.condition());
            }
        }
    }

    void addConditions(List<String> into) {
        for (IfGuard g : guards) {
            into.add(g.condition());
        }
    }

    private static String negate(String condition) {
        return condition.startsWith("!") ? condition.substring(1) : "!" + condition;
    }

    private void remember(String text) {
        System.arraycopy(recent, 1, recent, 0, recent.length - 1);
        recent[recent.length - 1] = text;
    }

    /** {@code if ( [!] IS_ENABLED ( X ) )} just ended: the condition, else null. */
    private String isEnabledCondition() {
        int n = recent.length;
        if (!")".equals(recent[n - 1]) || !")".equals(recent[n - 2]) || !"(".equals(recent[n - 4])
                || !"IS_ENABLED".equals(recent[n - 5]) || recent[n - 3] == null) {
            return null;
        }
        String condition = "IS_ENABLED(" + recent[n - 3] + ")";
        if ("(".equals(recent[n - 6]) && "if".equals(recent[n - 7])) {
            return condition;
        }
        if ("!".equals(recent[n - 6]) && "(".equals(recent[n - 7]) && "if".equals(recent[n - 8])) {
            return "!" + condition;
        }
        return null;
    }
}
