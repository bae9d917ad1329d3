package org.activemm.series.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KconfigSymbolsTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void definitionsComeAndGoWithTheFilesThatHoldThem() {
        KconfigSymbols symbols = new KconfigSymbols();
        symbols.update("arch/Kconfig", bytes("menu \"General\"\nconfig HAVE_FOO\n\tbool\n\thelp\n\t  Unlike\n\t  config NOT_A_SYMBOL in help text.\n\nmenuconfig BAR\n\tbool\nendmenu\n"));
        symbols.update("arch/x86/Kconfig.cpu", bytes("config HAVE_FOO\n\tdef_bool y\n"));
        symbols.update("arch/x86/Makefile", bytes("config IGNORED\n"));
        assertTrue(symbols.defines("HAVE_FOO"));
        assertTrue(symbols.defines("BAR"));
        assertFalse(symbols.defines("NOT_A_SYMBOL"));
        assertFalse(symbols.defines("IGNORED"));
        assertEquals(2, symbols.files());

        symbols.update("arch/Kconfig", bytes("config BAZ\n\tbool\n"));
        assertTrue(symbols.defines("HAVE_FOO"), "still defined by Kconfig.cpu");
        assertFalse(symbols.defines("BAR"));
        symbols.update("arch/x86/Kconfig.cpu", null);
        assertFalse(symbols.defines("HAVE_FOO"));
        assertTrue(symbols.defines("BAZ"));
    }

    @Test
    void anArchReadsTheCommonKconfigAndItsOwnButNoOtherArchs() {
        KconfigSymbols symbols = new KconfigSymbols();
        symbols.update("arch/powerpc/platforms/Kconfig.cputype", bytes("config PPC64\n\tbool\n"));
        symbols.update("arch/x86/Kconfig", bytes("config X86_64\n\tdef_bool y\n"));
        symbols.update("arch/Kconfig", bytes("config HAVE_FOO\n\tbool\n"));
        symbols.update("mm/Kconfig", bytes("config PPC64\n\tbool\n")); // to be removed below
        assertTrue(symbols.definesFor("HAVE_FOO", "x86"), "arch/Kconfig is every arch's");
        assertTrue(symbols.definesFor("X86_64", "x86"));
        assertFalse(symbols.definesFor("X86_64", "powerpc"));
        assertTrue(symbols.definesFor("PPC64", "x86"), "mm/Kconfig defines it for every arch");
        symbols.update("mm/Kconfig", bytes("config MMU\n\tbool\n"));
        assertFalse(symbols.definesFor("PPC64", "x86"), "now only powerpc's Kconfig.cputype does");
        assertTrue(symbols.definesFor("PPC64", "powerpc"));
        assertTrue(symbols.definesFor("PPC64", null), "a line outside arch/ may name any arch's symbol");
        assertTrue(KconfigSymbols.of(symbols.byFile()).definesFor("PPC64", "powerpc"));
        assertFalse(KconfigSymbols.of(symbols.byFile()).definesFor("PPC64", "x86"), "the cached index says the same");
    }

    @Test
    void userModeLinuxReadsTheKconfigOfItsHostArchsUmDirectory() {
        // arch/um/Kconfig sources arch/$(HEADER_ARCH)/um/Kconfig: a um build reads arch/x86/um/Kconfig, an x86 build does not
        KconfigSymbols symbols = new KconfigSymbols();
        symbols.update("arch/x86/um/Kconfig", bytes("config UML_X86\n\tdef_bool y\n"));
        assertTrue(symbols.definesFor("UML_X86", "um"));
        assertFalse(symbols.definesFor("UML_X86", "x86"));
        assertFalse(symbols.definesFor("UML_X86", "arm64"));
    }

    @Test
    void aCachedIndexChangedBeforeItsFirstQuestionAnswersForTheChangedFiles() {
        KconfigSymbols base = new KconfigSymbols();
        base.update("arch/Kconfig", bytes("config HAVE_FOO\n\tbool\nconfig HAVE_BAR\n\tbool\n"));
        base.update("mm/Kconfig", bytes("config MMU\n\tbool\n"));
        KconfigSymbols cached = KconfigSymbols.of(base.byFile());
        cached.update("arch/Kconfig", bytes("config HAVE_BAR\n\tbool\n"));
        cached.update("mm/Kconfig", null);
        assertFalse(cached.defines("HAVE_FOO"), "dropped by the new arch/Kconfig");
        assertTrue(cached.defines("HAVE_BAR"));
        assertFalse(cached.defines("MMU"), "mm/Kconfig was deleted");
        assertEquals(1, cached.files());
    }

    @Test
    void aConfigLineDefinesItsFirstWordOnlyNotTheWordsOfATrailingComment() {
        KconfigSymbols symbols = new KconfigSymbols();
        symbols.update("drivers/clk/Kconfig", bytes("config HAVE_OLD_CLK # TODO: drop once the MMU users move\n\tbool\n"
                + "config OLD_CLK_DEBUG\t# tab before the comment\n\tbool\nconfig\n"));
        assertTrue(symbols.defines("HAVE_OLD_CLK"));
        assertTrue(symbols.defines("OLD_CLK_DEBUG"));
        assertFalse(symbols.defines("MMU"), "a word of a comment defines nothing");
        assertFalse(symbols.defines("#"));
        assertFalse(symbols.defines(""), "a bare config line defines nothing");
        assertEquals(Set.of("HAVE_OLD_CLK", "OLD_CLK_DEBUG"),
                Set.of(symbols.byFile().get("drivers/clk/Kconfig").split(" ")), "what the facts cache keeps");
        assertFalse(KconfigSymbols.of(symbols.byFile()).defines("MMU"), "nor after the facts cache");
    }
}
