package org.activemm.lex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The preprocessor's conditional stack: the guard text of the current
 * branch of every open {@code #if}, which branches are dead, and the brace
 * state each branch starts from, so that braces opened in both branches of
 * an {@code #ifdef} are counted once (the first live branch wins). When
 * branches disagree and one of them has the condition of an earlier lone
 * {@code #if} that left a brace open, that branch wins: it is the one that
 * closes it ({@code #ifndef X / while (a) { / #endif ... #ifdef X / #else / } / #endif}).
 */
final class Conditionals {

    private enum Truth { ALWAYS, NEVER, UNKNOWN }

    /** A finished branch: its condition, the brace state it ended with, and whether it was dead. */
    private record Branch(String condition, BlockTracker.State end, boolean dead) {
    }

    private static final class Frame {
        final List<String> earlier = new ArrayList<>();
        final BlockTracker.State atStart;
        String condition;
        /** This branch's own expression, as later branches negate it. */
        String expression;
        boolean dead;
        boolean takenForSure;
        boolean hadElse;
        /** The {@code #ifndef X / #define X} around a whole header: not a guard worth reporting. */
        boolean includeGuard;
        final List<Branch> ended = new ArrayList<>();

        Frame(BlockTracker.State atStart) {
            this.atStart = atStart;
        }
    }

    private final List<Frame> frames = new ArrayList<>();
    /** Conditions of lone live {@code #if} branches that changed the brace depth. */
    private final Map<String, Integer> unbalanced = new HashMap<>();
    private final BlockTracker blocks;
    private int version;

    Conditionals(BlockTracker blocks) {
        this.blocks = blocks;
    }

    int version() {
        return version;
    }

    boolean dead() {
        for (Frame f : frames) {
            if (f.dead) {
                return true;
            }
        }
        return false;
    }

    void addConditions(List<String> into) {
        for (Frame f : frames) {
            if (!f.includeGuard) {
                into.add(f.condition);
            }
        }
    }

    void ifdef(String name, boolean negated) {
        open(negated ? "!" + name : name, Truth.UNKNOWN);
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    /** The only open frame turned out to be a header's include guard. */
    void markIncludeGuard() {
        if (frames.size() == 1) {
            frames.get(0).includeGuard = true;
            version++;
        }
    }

    void ifExpression(String expression) {
        open(expression, truthOf(expression));
    }

    private void open(String condition, Truth truth) {
        Frame f = new Frame(blocks.snapshot());
        f.condition = condition;
        f.expression = condition;
        f.dead = truth == Truth.NEVER;
        f.takenForSure = truth == Truth.ALWAYS;
        frames.add(f);
        version++;
    }

    void elif(String expression) {
        Frame f = top();
        if (f == null) {
            return;
        }
        nextBranch(f);
        Truth truth = truthOf(expression);
        f.condition = negatedEarlier(f) + " && " + expression;
        f.expression = expression;
        f.dead = f.takenForSure || truth == Truth.NEVER;
        f.takenForSure |= truth == Truth.ALWAYS;
    }

    void orElse() {
        Frame f = top();
        if (f == null || f.hadElse) {
            return;
        }
        nextBranch(f);
        f.hadElse = true;
        f.condition = negatedEarlier(f);
        f.dead = f.takenForSure;
    }

    void endif() {
        Frame f = top();
        if (f == null) {
            return;
        }
        frames.remove(frames.size() - 1);
        version++;
        if (f.ended.isEmpty()) {
            int delta = blocks.snapshot().depth() - f.atStart.depth();
            if (f.dead) {
                blocks.restore(f.atStart);
            } else if (delta != 0) {
                unbalanced.put(canonical(f.condition), delta);
            }
            return;
        }
        f.ended.add(new Branch(f.condition, blocks.snapshot(), f.dead));
        blocks.restore(chosen(f));
    }

    /** The first live branch, unless branches disagree and one closes what an earlier lone #if opened. */
    private BlockTracker.State chosen(Frame f) {
        Branch first = null;
        boolean disagree = false;
        for (Branch b : f.ended) {
            if (b.dead()) {
                continue;
            }
            if (first == null) {
                first = b;
            } else if (b.end().depth() != first.end().depth()) {
                disagree = true;
            }
        }
        if (first == null) {
            return f.atStart;
        }
        if (disagree) {
            for (Branch b : f.ended) {
                Integer delta = unbalanced.get(canonical(b.condition()));
                if (!b.dead() && delta != null && b.end().depth() - f.atStart.depth() == -delta) {
                    return b.end();
                }
            }
        }
        return first.end();
    }

    private void nextBranch(Frame f) {
        f.ended.add(new Branch(f.condition, blocks.snapshot(), f.dead));
        blocks.restore(f.atStart);
        f.earlier.add(f.expression);
        version++;
    }

    /** Blanks, parentheses and defined() dropped, so {@code !(X)} and {@code !defined(X)} read as {@code !X}. */
    private static String canonical(String condition) {
        return condition.replaceAll("\\s+|defined|[()]", "");
    }

    private static String negatedEarlier(Frame f) {
        List<String> parts = new ArrayList<>();
        for (String c : f.earlier) {
            parts.add(negate(c));
        }
        return String.join(" && ", parts);
    }

    /** {@code !(cond)}, except that a symbol {@code X} negates to {@code !X} and {@code !X} to {@code X}. */
    static String negate(String condition) {
        if (condition.startsWith("!") && isSymbol(condition.substring(1))) {
            return condition.substring(1);
        }
        return isSymbol(condition) ? "!" + condition : "!(" + condition + ")";
    }

    private static boolean isSymbol(String s) {
        return Owners.isName(s) && s.chars().allMatch(c -> c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9'));
    }

    private Frame top() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }

    private static Truth truthOf(String expression) {
        if (expression.equals("0") || expression.startsWith("0 &&") || expression.startsWith("0&&")) {
            return Truth.NEVER;
        }
        if (expression.equals("1") || expression.startsWith("1 ||") || expression.startsWith("1||")) {
            return Truth.ALWAYS;
        }
        return Truth.UNKNOWN;
    }
}
