package org.activemm.model;

import java.util.Arrays;

/**
 * The checker's visited set: open addressing from a state (a long) to its index in discovery order,
 * with the parent index and the action that reached it, for shortest traces.
 */
final class StateTable {
    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] slots;
    private long[] states = new long[1024];
    private int[] parents = new int[1024];
    private int[] actions = new int[1024];
    private int size;

    StateTable() {
        keys = new long[1 << 12];
        slots = new int[1 << 12];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    long state(int index) {
        return states[index];
    }

    int parent(int index) {
        return parents[index];
    }

    int action(int index) {
        return actions[index];
    }

    /** The index of {@code state}, or -1 if it has not been seen. */
    int find(long state) {
        int mask = keys.length - 1;
        for (int i = hash(state) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                return -1;
            }
            if (keys[i] == state) {
                return slots[i];
            }
        }
    }

    /** Adds {@code state} if new and returns its index; returns -(index + 1) if it was already there. */
    int add(long state, int parent, int action) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = hash(state) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == state) {
                return -(slots[i] + 1);
            }
            i = (i + 1) & mask;
        }
        if (size == states.length) {
            states = Arrays.copyOf(states, size * 2);
            parents = Arrays.copyOf(parents, size * 2);
            actions = Arrays.copyOf(actions, size * 2);
        }
        keys[i] = state;
        slots[i] = size;
        states[size] = state;
        parents[size] = parent;
        actions[size] = action;
        return size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = hash(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int hash(long state) {
        long h = state * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
