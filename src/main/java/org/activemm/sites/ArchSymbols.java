package org.activemm.sites;

import java.util.Map;

/** Which arch a Kconfig symbol names (X86_64 is x86, PPC_PMAC is powerpc, MAC is m68k), if any. */
final class ArchSymbols {
    private static final Map<String, String> EXACT = Map.ofEntries(
            Map.entry("ARM", "arm"), Map.entry("ARM64", "arm64"), Map.entry("S390", "s390"),
            Map.entry("MIPS", "mips"), Map.entry("RISCV", "riscv"), Map.entry("IA64", "ia64"),
            Map.entry("ALPHA", "alpha"), Map.entry("PARISC", "parisc"), Map.entry("SUPERH", "sh"),
            Map.entry("SUPERH32", "sh"), Map.entry("XTENSA", "xtensa"), Map.entry("M68K", "m68k"),
            Map.entry("MAC", "m68k"), Map.entry("ARC", "arc"), Map.entry("MICROBLAZE", "microblaze"),
            Map.entry("NIOS2", "nios2"), Map.entry("OPENRISC", "openrisc"), Map.entry("HEXAGON", "hexagon"),
            Map.entry("H8300", "h8300"), Map.entry("NDS32", "nds32"), Map.entry("UNICORE32", "unicore32"),
            Map.entry("CSKY", "csky"), Map.entry("LOONGARCH", "loongarch"), Map.entry("UML", "um"),
            Map.entry("C6X", "c6x"));

    private ArchSymbols() {
    }

    /** The arch name, or null for a symbol that is not an arch's. */
    static String archOf(String symbol) {
        String exact = EXACT.get(symbol);
        if (exact != null) {
            return exact;
        }
        if (symbol.equals("X86") || symbol.startsWith("X86_")) {
            return "x86";
        }
        if (symbol.equals("PPC") || symbol.startsWith("PPC_") || symbol.matches("PPC\\d+")) {
            return "powerpc";
        }
        if (symbol.equals("SPARC") || symbol.matches("SPARC\\d+")) {
            return "sparc";
        }
        if (symbol.equals("MIPS") || symbol.matches("MIPS\\d+")) {
            return "mips";
        }
        return null;
    }
}
