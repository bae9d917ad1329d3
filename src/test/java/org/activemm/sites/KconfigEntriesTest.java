package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class KconfigEntriesTest {

    @Test
    void anEntryWhoseConfigLineEndsInACommentIsFoundByItsSymbol() {
        String text = "if X86\nconfig OLD_CLK # TODO: drop once the last user moves\n\tbool\n\tdepends on PCI\nendif\n";
        assertEquals(List.of("X86", "PCI"),
                KconfigEntries.dependsOnIn(file -> Optional.of(text), "drivers/clk/Kconfig", "OLD_CLK"));
    }
}
