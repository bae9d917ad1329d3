package org.activemm.sites;

/**
 * Byte-level test run before lexing: only files that name one of the
 * identifiers a site is made of can hold one (a few hundred of a kernel's
 * 60,000 files).
 */
final class Prefilter {
    private static final byte[] ACTIVE_MM = bytes("active_mm");
    private static final byte[] MMGRAB = bytes("mmgrab");
    private static final byte[] MMDROP = bytes("mmdrop");
    private static final byte[] MM_COUNT = bytes("mm_count");
    private static final byte[] ENTER_LAZY_TLB = bytes("enter_lazy_tlb");

    private Prefilter() {
    }

    /** Whether C source may hold a site or a comment mention. */
    static boolean mayHoldSite(byte[] content) {
        int end = content.length;
        for (int i = 0; i < end; i++) {
            byte b = content[i];
            if (b == 'a') {
                if (at(content, i, ACTIVE_MM)) {
                    return true;
                }
            } else if (b == 'm') {
                if (at(content, i, MMGRAB) || at(content, i, MMDROP) || at(content, i, MM_COUNT)) {
                    return true;
                }
            } else if (b == 'e' && at(content, i, ENTER_LAZY_TLB)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bytes contain the needle anywhere. */
    static boolean contains(byte[] content, byte[] needle) {
        int last = content.length - needle.length;
        byte first = needle[0];
        for (int i = 0; i <= last; i++) {
            if (content[i] == first && at(content, i, needle)) {
                return true;
            }
        }
        return false;
    }

    static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean at(byte[] content, int i, byte[] needle) {
        if (i + needle.length > content.length) {
            return false;
        }
        for (int k = 1; k < needle.length; k++) {
            if (content[i + k] != needle[k]) {
                return false;
            }
        }
        return true;
    }
}
