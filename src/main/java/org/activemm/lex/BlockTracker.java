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

    /**
     * An {@code IS_ENABLED} condition and the brace depth its statement
     * started at; negatable when the whole {@code if} condition was that
     * test, so that an {@code else} takes its negation.
     */
    private record IfGuard(String condition, int baseDepth, boolean block, boolean negatable) {
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
    private String previous = "";
    /** Tokens of the condition of the {@code if} being read, or null. */
    private List<String> condition;
    private int conditionParens;
    /** The IS_ENABLED condition of the statement about to start, and whether an else may negate it. */
    private String pendingIf;
    private boolean pendingNegatable;
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
        pendingNegatable = false;
        pendingElse = null;
        condition = null;
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
                pendingNegatable = false;
                previous = text;
                return;
            }
        }
        if (pendingIf != null) {
            push(new IfGuard(pendingIf, depth, text.equals("{"), pendingNegatable));
            pendingIf = null;
            pendingNegatable = false;
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
        followCondition(text);
        previous = text;
    }

    /** Collects the tokens of an {@code if (...)} condition and reads its IS_ENABLED tests at the closing parenthesis. */
    private void followCondition(String text) {
        if (condition == null) {
            if (text.equals("(") && previous.equals("if")) {
                condition = new ArrayList<>();
                conditionParens = 1;
            }
            return;
        }
        if (text.equals("(")) {
            conditionParens++;
        } else if (text.equals(")") && --conditionParens == 0) {
            readCondition(condition);
            condition = null;
            return;
        }
        condition.add(text);
    }

    /**
     * {@code if ([!]IS_ENABLED(X))} guards its statement and negates for the
     * else; {@code if (IS_ENABLED(X) && more)} guards only its statement.
     */
    private void readCondition(List<String> tokens) {
        List<List<String>> conjuncts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int level = 0;
        for (String t : tokens) {
            if (t.equals("(")) {
                level++;
            } else if (t.equals(")")) {
                level--;
            } else if (level == 0 && t.equals("||")) {
                return;
            } else if (level == 0 && t.equals("&&")) {
                conjuncts.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(t);
        }
        conjuncts.add(current);
        List<String> tests = new ArrayList<>();
        for (List<String> c : conjuncts) {
            String test = isEnabledTest(c);
            if (test != null) {
                tests.add(test);
            }
        }
        if (!tests.isEmpty()) {
            pendingIf = String.join(" && ", tests);
            pendingNegatable = conjuncts.size() == 1;
        }
    }

    private static String isEnabledTest(List<String> c) {
        int at = !c.isEmpty() && c.get(0).equals("!") ? 1 : 0;
        if (c.size() != at + 4 || !c.get(at).equals("IS_ENABLED") || !c.get(at + 1).equals("(")
                || !c.get(at + 3).equals(")")) {
            return null;
        }
        return (at == 1 ? "!" : "") + "IS_ENABLED(" + c.get(at + 2) + ")";
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
            if (last.negatable()) {
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
}
