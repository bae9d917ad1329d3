package org.activemm.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Breadth-first explicit-state search. The first safety violation in BFS order has a shortest
 * trace; when none is found, no-leak is checked on the explored graph: every quiescent state
 * must be able to reach a state where M is freed.
 */
public final class Checker {

    /** What the search found: {@code broken} is null when every property holds. */
    public record Result(Property broken, List<TraceStep> steps, String finalState, long statesExplored) {
        public Result {
            steps = List.copyOf(steps);
        }

        public boolean safe() {
            return broken == null;
        }

        /** The steps' texts, one a line. */
        public List<String> trace() {
            return steps.stream().map(TraceStep::text).toList();
        }
    }

    private Checker() {
    }

    public static Result explore(TransitionSystem system) {
        StateTable table = new StateTable();
        table.add(system.canonical(system.initial()), -1, -1);
        IntList edgeStart = new IntList();
        IntList edgeTarget = new IntList();
        int[] found = {-1, -1};
        Property[] broken = {null};
        for (int i = 0; i < table.size() && broken[0] == null; i++) {
            int from = i;
            edgeStart.add(edgeTarget.size());
            system.successors(table.state(i), (action, next, property) -> {
                if (broken[0] != null) {
                    return;
                }
                if (property != null) {
                    broken[0] = property;
                    found[0] = from;
                    found[1] = action;
                    return;
                }
                int index = table.add(system.canonical(next), from, action);
                edgeTarget.add(index >= 0 ? index : -index - 1);
            });
        }
        if (broken[0] != null) {
            return replay(system, table, found[0], found[1], broken[0]);
        }
        edgeStart.add(edgeTarget.size());
        int leak = firstLeak(system, table, edgeStart.toArray(), edgeTarget.toArray());
        if (leak >= 0) {
            return replay(system, table, leak, -1, Property.NO_LEAK);
        }
        return new Result(null, List.of(), null, table.size());
    }

    /** The lowest-index (so shallowest) quiescent state from which no path frees M, or -1. */
    private static int firstLeak(TransitionSystem system, StateTable table, int[] start, int[] target) {
        int n = table.size();
        int[] inDegree = new int[n + 1];
        for (int t : target) {
            inDegree[t + 1]++;
        }
        for (int i = 0; i < n; i++) {
            inDegree[i + 1] += inDegree[i];
        }
        int[] reverse = new int[target.length];
        int[] fill = Arrays.copyOf(inDegree, n);
        for (int from = 0; from < n; from++) {
            for (int e = start[from]; e < start[from + 1]; e++) {
                reverse[fill[target[e]]++] = from;
            }
        }
        boolean[] canFree = new boolean[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (system.freed(table.state(i))) {
                canFree[i] = true;
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int to = queue[head];
            for (int e = inDegree[to]; e < inDegree[to + 1]; e++) {
                int from = reverse[e];
                if (!canFree[from]) {
                    canFree[from] = true;
                    queue[tail++] = from;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!canFree[i] && system.quiescent(table.state(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Replays the path to {@code index} (then {@code lastAction}, if any) from the concrete initial
     * state, mapping each stored action onto the concrete state, and describes every step.
     */
    private static Result replay(TransitionSystem system, StateTable table, int index, int lastAction, Property broken) {
        List<Integer> actions = new ArrayList<>();
        for (int i = index; table.parent(i) >= 0; i = table.parent(i)) {
            actions.add(table.action(i));
        }
        Collections.reverse(actions);
        if (lastAction >= 0) {
            actions.add(lastAction);
        }
        List<TraceStep> steps = new ArrayList<>();
        long concrete = system.initial();
        for (int action : actions) {
            int act = system.concreteAction(concrete, action);
            String text = system.describe(concrete, act);
            String mmBefore = system.describeSubject(concrete);
            concrete = successor(system, concrete, act);
            String mmAfter = system.describeSubject(concrete);
            steps.add(new TraceStep(system.actor(act), text, mmAfter.equals(mmBefore) ? null : mmAfter));
        }
        return new Result(broken, steps, system.describeState(concrete), table.size());
    }

    private static long successor(TransitionSystem system, long state, int action) {
        long[] next = {0};
        boolean[] found = {false};
        system.successors(state, (a, n, p) -> {
            if (a == action) {
                next[0] = n;
                found[0] = true;
            }
        });
        if (!found[0]) {
            throw new IllegalStateException("replayed action " + action + " is not enabled: the symmetry reduction is wrong");
        }
        return next[0];
    }

    /** A growable int array: the explored graph's edges, without boxing. */
    private static final class IntList {
        private int[] data = new int[1024];
        private int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
