package org.activemm.lex;

/** Counting characters in UTF-8 text that was read byte for byte as ISO-8859-1 characters. */
final class Utf8 {
    private Utf8() {
    }

    /** Whether the byte continues a multi-byte character (10xxxxxx) rather than starting one. */
    static boolean isContinuation(char byteAsChar) {
        return (byteAsChar & 0xc0) == 0x80;
    }

    /** How many characters the bytes {@code text[from, to)} hold. */
    static int characters(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!isContinuation(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
