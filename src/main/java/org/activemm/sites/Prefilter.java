package org.activemm.sites;

import java.nio.charset.StandardCharsets;

/**
 * Byte-level test run before lexing: only files that name one of the
 * identifiers a site is made of can hold one (a few hundred of a kernel's
 * 60,000 files). The bytes are viewed as a Latin-1 string because
 * {@link String#indexOf(String)} is a vectorised intrinsic; every needle
 * but one contains {@code mm}, so one pass finds the candidates.
 */
final class Prefilter {
    private Prefilter() {
    }

    /** Whether C source may hold a site or a comment mention. */
    static boolean mayHoldSite(byte[] content) {
        String s = latin1(content);
        for (int i = s.indexOf("mm"); i >= 0; i = s.indexOf("mm", i + 1)) {
            if (s.startsWith("mmgrab", i) || s.startsWith("mmdrop", i) || s.startsWith("mm_count", i)
                    || (i >= 7 && s.startsWith("active_mm", i - 7))) {
                return true;
            }
        }
        return s.contains("enter_lazy_tlb");
    }

    /** Whether the bytes contain the needle anywhere. */
    static boolean contains(byte[] content, String needle) {
        return latin1(content).contains(needle);
    }

    private static String latin1(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1);
    }
}
