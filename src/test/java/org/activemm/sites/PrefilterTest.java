package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PrefilterTest {

    private static boolean may(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return Prefilter.mayHoldSite(b, b.length);
    }

    @Test
    void findsEveryNeedleAtEveryOffset() {
        for (String needle : new String[] {"active_mm", "mmgrab", "mmdrop", "mm_count", "enter_lazy_tlb",
                "mmgrab_lazy_tlb", "mmdrop_lazy_tlb_sched"}) {
            for (int pad = 0; pad < 4; pad++) {
                String prefix = "x".repeat(pad);
                assertTrue(may(prefix + needle), needle + " after " + pad);
                assertTrue(may(prefix + needle + ";\n"), needle + " after " + pad + ", then more");
            }
        }
    }

    @Test
    void ignoresNearMisses() {
        assertFalse(may(""));
        assertFalse(may("m"));
        assertFalse(may("struct mm_struct *mm = current->mm; mmget(mm); mmap_lock(mm);"));
        assertFalse(may("active_m m; mmgra; mm_coun; enter_lazy_tl; lazy; mmmmmm; zzzz yyyy"));
        assertFalse(may("ctive_mm"), "the needle needs its first letter");
    }

    @Test
    void looksOnlyAtTheGivenLength() {
        byte[] b = "int x; active_mm".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(Prefilter.mayHoldSite(b, 10));
        assertTrue(Prefilter.mayHoldSite(b, b.length));
        assertTrue(Prefilter.contains(b, b.length, "_mm"));
        assertFalse(Prefilter.contains(b, b.length - 1, "_mm"));
        assertEquals(true, Prefilter.contains(b, b.length, "int"));
    }
}
