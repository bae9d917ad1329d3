package org.activemm.sites;

import java.nio.charset.StandardCharsets;

/**
 * Byte-level test run before lexing: only files that name one of the
 * identifiers a site is made of can hold one (a few hundred of a kernel's
 * 60,000 files), so this loop sees every byte of the tree and must be cheap
 * even before the JIT's second tier (the launcher runs C1 only).
 *
 * <p>Every needle but one contains {@code mm}; {@code enter_lazy_tlb}
 * contains {@code zy}. Any such pair has a byte at an odd offset, so the
 * loop looks at every second byte only, and at the needles themselves only
 * around an {@code m}, {@code z} or {@code y}.
 */
public final class Prefilter {
    private static final byte[] ACTIVE_MM = ascii("active_mm");
    private static final byte[] MMGRAB = ascii("mmgrab");
    private static final byte[] MMDROP = ascii("mmdrop");
    private static final byte[] MM_COUNT = ascii("mm_count");
    private static final byte[] ENTER_LAZY_TLB = ascii("enter_lazy_tlb");
    private static final int LAZY_Z = 8;
    private static final boolean[] INTERESTING = new boolean[256];

    static {
        INTERESTING['m'] = true;
        INTERESTING['z'] = true;
        INTERESTING['y'] = true;
    }

    private Prefilter() {
    }

    /** Whether the first {@code length} bytes of C source may hold a site or a comment mention. */
    static boolean mayHoldSite(byte[] b, int length) {
        for (int i = 1; i < length; i += 2) {
            if (INTERESTING[b[i] & 0xff] && needleAround(b, length, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean needleAround(byte[] b, int length, int i) {
        if (b[i] == 'm') {
            return (b[i - 1] == 'm' && mmNeedleAt(b, length, i - 1))
                    || (i + 1 < length && b[i + 1] == 'm' && mmNeedleAt(b, length, i));
        }
        int start = i - (b[i] == 'z' ? LAZY_Z : LAZY_Z + 1);
        return at(b, length, start, ENTER_LAZY_TLB);
    }

    /** Whether a needle has its {@code mm} at {@code pair}. */
    private static boolean mmNeedleAt(byte[] b, int length, int pair) {
        return at(b, length, pair, MMGRAB) || at(b, length, pair, MMDROP) || at(b, length, pair, MM_COUNT)
                || at(b, length, pair - ACTIVE_MM.length + 2, ACTIVE_MM);
    }

    /** Whether the first {@code length} bytes contain the needle anywhere. */
    public static boolean contains(byte[] b, int length, String needle) {
        byte[] n = ascii(needle);
        for (int i = 0; i + n.length <= length; i++) {
            if (b[i] == n[0] && at(b, length, i, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean at(byte[] b, int length, int start, byte[] needle) {
        if (start < 0 || start + needle.length > length) {
            return false;
        }
        for (int k = 0; k < needle.length; k++) {
            if (b[start + k] != needle[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
