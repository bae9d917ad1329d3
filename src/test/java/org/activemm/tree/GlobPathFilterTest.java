package org.activemm.tree;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GlobPathFilterTest {

    @Test
    void sourcesAreCHeadersAndAssemblyOnly() {
        PathFilter sources = GlobPathFilter.sources();
        assertTrue(sources.accepts("kernel/fork.c"));
        assertTrue(sources.accepts("include/linux/sched.h"));
        assertTrue(sources.accepts("arch/x86/entry/entry_64.S"));
        assertTrue(sources.accepts("top.c"));
        assertFalse(sources.accepts("arch/x86/kernel/vmlinux.lds.s"), "lower-case .s is not kernel assembly source");
        assertFalse(sources.accepts("Makefile"));
        assertFalse(sources.accepts("arch/x86/Kconfig"));
        assertFalse(sources.accepts("scripts/checkpatch.pl"));
        assertFalse(sources.accepts("drivers/gpu/foo.cc"));
        assertFalse(sources.accepts("Documentation/x.hh"));
        assertFalse(sources.accepts("lib/x.c.orig"));
        assertTrue(sources.entersDirectory("drivers"));
    }

    @Test
    void includeNarrowsAndDirectoryGlobCoversItsContents() {
        PathFilter x86 = new GlobPathFilter(List.of("arch/x86/**"), List.of());
        assertTrue(x86.accepts("arch/x86/platform/efi/efi_64.c"));
        assertFalse(x86.accepts("arch/arm64/kernel/efi.c"));
        assertFalse(x86.accepts("kernel/fork.c"));
        assertFalse(x86.accepts("arch/x86/Makefile"), "still only sources");

        PathFilter kernelDir = new GlobPathFilter(List.of("kernel"), List.of());
        assertTrue(kernelDir.accepts("kernel/sched/core.c"));
        assertFalse(kernelDir.accepts("kernelx/fork.c"));
        assertFalse(kernelDir.accepts("mm/kernel.c"));
    }

    @Test
    void singleStarStaysInOneDirectoryDoubleStarCrosses() {
        PathFilter oneLevel = new GlobPathFilter(List.of("arch/*/mm/*.c"), List.of());
        assertTrue(oneLevel.accepts("arch/x86/mm/tlb.c"));
        assertFalse(oneLevel.accepts("arch/x86/mm/pat/set_memory.c"));

        PathFilter anyDepth = new GlobPathFilter(List.of("**/efi_64.c"), List.of());
        assertTrue(anyDepth.accepts("arch/x86/platform/efi/efi_64.c"));
        assertFalse(anyDepth.accepts("efi_64.c"), "PathMatcher's **/ needs at least one directory");
        assertTrue(new GlobPathFilter(List.of("efi_64.c"), List.of()).accepts("efi_64.c"));
    }

    @Test
    void excludeWinsAndPrunesDirectories() {
        PathFilter filter = new GlobPathFilter(List.of("arch/**"), List.of("arch/arm/**", "**/efi_64.c", "arch/x86/boot/"));
        assertTrue(filter.accepts("arch/x86/mm/tlb.c"));
        assertFalse(filter.accepts("arch/arm/kernel/smp.c"));
        assertFalse(filter.accepts("arch/x86/platform/efi/efi_64.c"));
        assertFalse(filter.accepts("arch/x86/boot/compressed/head_64.S"));
        assertTrue(filter.accepts("arch/arm64/kernel/smp.c"), "arm/** is not arm64");

        assertFalse(filter.entersDirectory("arch/arm/kernel"));
        assertFalse(filter.entersDirectory("arch/x86/boot"));
        assertTrue(filter.entersDirectory("arch/arm64"));
        assertTrue(filter.entersDirectory("arch"));
        assertTrue(filter.entersDirectory("kernel"), "includes never prune: deciding that needs glob intersection");
    }

    @Test
    void malformedGlobIsAnIllegalArgument() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GlobPathFilter(List.of("arch/[x86"), List.of()));
    }
}
