package org.activemm.series;

import java.nio.charset.StandardCharsets;

/**
 * Diffs are applied on bytes held as ISO-8859-1 strings, one char a byte, so
 * a file in any encoding comes out byte for byte; reports want the text as UTF-8.
 */
final class Latin1 {
    private Latin1() {
    }

    static String of(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String toUtf8(String text) {
        return new String(bytes(text), StandardCharsets.UTF_8);
    }
}
