package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;

/** The search itself, on tiny hand-built systems whose answers are known. */
class CheckerTest {
    /** A graph given as edges; action i is the i-th edge out of a state; one state breaks a property on entry. */
    private record Graph(long[][] edges, long badTarget, Property bad, LongPredicate quiescent, LongPredicate freed)
            implements TransitionSystem {
        @Override
        public long initial() {
            return 0;
        }

        @Override
        public void successors(long state, Sink sink) {
            for (int i = 0; i < edges[(int) state].length; i++) {
                long next = edges[(int) state][i];
                sink.next(i, next, next == badTarget ? bad : null);
            }
        }

        @Override
        public boolean quiescent(long state) {
            return quiescent.test(state);
        }

        @Override
        public boolean freed(long state) {
            return freed.test(state);
        }

        @Override
        public String describe(long state, int action) {
            return state + "->" + edges[(int) state][action];
        }

        @Override
        public String describeState(long state) {
            return "s" + state;
        }

        @Override
        public int actor(int action) {
            return action;
        }

        @Override
        public String describeSubject(long state) {
            return freed.test(state) ? "freed" : "live";
        }
    }

    @Test
    void reportsTheShortestOfTwoPathsToAViolation() {
        // 0 -> 1 -> 2 -> 3 -> 4 (bad), and 0 -> 5 -> 4
        long[][] edges = {{1, 5}, {2}, {3}, {4}, {}, {4}};
        Checker.Result r = Checker.explore(new Graph(edges, 4, Property.NO_UAF, s -> false, s -> false));
        assertEquals(Property.NO_UAF, r.broken());
        assertEquals(List.of("0->5", "5->4"), r.trace());
        assertEquals("s4", r.finalState());
    }

    @Test
    void aSafeSystemIsExploredCompletely() {
        // a cycle with a branch: 0 -> 1 -> 2 -> 0, 1 -> 3 (freed); quiescent 2 can reach 3
        long[][] edges = {{1}, {2, 3}, {0}, {3}};
        Checker.Result r = Checker.explore(new Graph(edges, -1, null, s -> s == 2, s -> s == 3));
        assertTrue(r.safe());
        assertEquals(4, r.statesExplored());
        assertEquals(List.of(), r.trace());
    }

    @Test
    void aQuiescentStateThatCanNeverFreeIsALeak() {
        // 0 -> 1 -> 2 (freed); 0 -> 3 -> 4 <-> 5, and 4 is quiescent: no path from 4 frees M
        long[][] edges = {{1, 3}, {2}, {}, {4}, {5}, {4}};
        Checker.Result r = Checker.explore(new Graph(edges, -1, null, s -> s == 4, s -> s == 2));
        assertEquals(Property.NO_LEAK, r.broken());
        assertEquals(List.of("0->3", "3->4"), r.trace());
        assertEquals("s4", r.finalState());
    }

    @Test
    void aQuiescentStateOnTheWayToFreeIsNoLeak() {
        long[][] edges = {{1}, {2}, {}};
        assertNull(Checker.explore(new Graph(edges, -1, null, s -> s == 1, s -> s == 2)).broken());
    }

    @Test
    void theInitialStateCanAlreadyLeak() {
        long[][] edges = {{0}};
        Checker.Result r = Checker.explore(new Graph(edges, -1, null, s -> true, s -> false));
        assertEquals(Property.NO_LEAK, r.broken());
        assertEquals(List.of(), r.trace());
    }
}
