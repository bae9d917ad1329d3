package org.activemm.tree;

/** A walk thread's reusable read buffer: files are read into it, and copied out only when wanted. */
final class ReadBuffer {
    private byte[] bytes = new byte[256 * 1024];

    byte[] atLeast(int size) {
        if (bytes.length < size) {
            bytes = new byte[Math.max(size, bytes.length * 2)];
        }
        return bytes;
    }

    byte[] bytes() {
        return bytes;
    }
}
