package org.activemm.sites;

/** Token indexes {@code [from, to)} of one file: an argument list, or the body a site sits in. */
record TokenSpan(int from, int to) {
    int size() {
        return to - from;
    }
}
