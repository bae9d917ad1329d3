package org.activemm.tree;

/** How many threads a walk uses: one per core, since reading is CPU-bound once the page cache is warm. */
final class Threads {
    private Threads() {
    }

    static int count() {
        return Runtime.getRuntime().availableProcessors();
    }
}
