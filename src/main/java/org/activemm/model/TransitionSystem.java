package org.activemm.model;

/**
 * A finite system the {@link Checker} explores: states are longs, actions small ints. Safety
 * properties are reported by the transition that breaks them; no-leak is checked by the checker
 * from {@link #quiescent} and {@link #freed}.
 */
public interface TransitionSystem {
    long initial();

    /** Reports every enabled action of {@code state}. */
    void successors(long state, Sink sink);

    /** No task uses M and every CPU has left it: from here M must still get freed. */
    boolean quiescent(long state);

    boolean freed(long state);

    /**
     * The representative of {@code state}'s symmetry class; the checker stores only representatives.
     * The default, no reduction, suits systems without symmetric parts.
     */
    default long canonical(long state) {
        return state;
    }

    /**
     * The action of {@code concrete} that corresponds to {@code action} taken in its representative
     * {@code canonical(concrete)}: traces are replayed on concrete states so CPU numbers stay put.
     */
    default int concreteAction(long concrete, int action) {
        return action;
    }

    /** The action taken from {@code state}, in a kernel developer's words. */
    String describe(long state, int action);

    /** The actor (the CPU) that takes {@code action}: a lifeline of the sequence chart. */
    int actor(int action);

    /** The subject's own fields (M's counts and phase) in words: the chart's mm lifeline marks each change. */
    String describeSubject(long state);

    /** The state in a kernel developer's words, one line. */
    String describeState(long state);

    /** Receives one enabled action: its code, the next state, and the property it breaks (null if none). */
    interface Sink {
        void next(int action, long next, Property broken);
    }
}
