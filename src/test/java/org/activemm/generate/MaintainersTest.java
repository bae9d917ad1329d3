package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MaintainersTest {
    /** The files of the imagined tree: everything the tests name except directories. */
    private static final java.util.Set<String> FILES = java.util.Set.of("kernel/fork.c", "kernel/schedule.c");

    /** The catch-all entry: its list is Cc'd, its people are not. */
    private static final String THE_REST = String.join("\n",
            "THE REST", "M:\tLin Rest <lin@example.org>", "L:\tlkml@example.org", "F:\t*", "F:\t*/", "");

    private static final Maintainers M = Maintainers.parse(String.join("\n",
            "Intro text that is not an entry",
            "",
            "\tF: Files and directories (an indented description, not a pattern)",
            "",
            "DIR WITHOUT SLASH",
            "M:\tDee Dir <dee@example.org>",
            "R:\tRae Review <rae@example.org> (SCHED_DEADLINE)",
            "F:\tkernel/sched",
            "",
            "GLOB",
            "M:\tGil Glob <gil@example.org>",
            "F:\tarch/x86/mm/*.c",
            "",
            "ARCH WITH EXCLUDE",
            "M:\tXan Arch <xan@example.org>",
            "L:\tx86@example.org (moderated for non-subscribers)",
            "F:\tarch/x86/",
            "X:\tarch/x86/platform/",
            "",
            "REGEX",
            "M:\tNed Regex <ned@example.org>",
            "N:\tefi",
            "",
            "SINGLE FILE",
            "M:\tFay File <fay@example.org>",
            "F:\tkernel/fork.c",
            "",
            THE_REST), FILES::contains);

    private static List<String> cc(String... paths) {
        return M.ccFor(List.of(paths), List.of(), List.of());
    }

    @Test
    void directoryWithoutTrailingSlashMatchesEverythingBelowIt() {
        assertEquals(List.of("Dee Dir <dee@example.org>", "Rae Review <rae@example.org>", "lkml@example.org"),
                cc("kernel/sched/core.c"));
        assertEquals(List.of("Dee Dir <dee@example.org>", "Rae Review <rae@example.org>", "lkml@example.org"),
                cc("kernel/sched/deep/x.c"));
        assertEquals(List.of("lkml@example.org"), cc("kernel/schedule.c"));
    }

    /**
     * The shape of the entries the series touches in a 6.x MAINTAINERS: memory
     * management owns mm/ and mm.h, the scheduler kernel/sched/ and sched.h,
     * membarrier one file inside kernel/sched/; fork.c and sched/mm.h have no
     * entry of their own, so only the catch-all's list is Cc'd for them.
     */
    @Test
    void mmSchedulerAndMembarrierAreCcdOnlyForTheFilesTheyName() {
        Maintainers m = Maintainers.parse(String.join("\n",
                "MEMBARRIER SUPPORT",
                "M:\tMia Barrier <mia@example.org>",
                "L:\tlkml@example.org",
                "F:\tkernel/sched/membarrier.c",
                "",
                "MEMORY MANAGEMENT",
                "M:\tMo Mm <mo@example.org>",
                "L:\tlinux-mm@example.org",
                "F:\tinclude/linux/mm.h",
                "F:\tmm/",
                "",
                "SCHEDULER",
                "M:\tIda Sched <ida@example.org>",
                "L:\tlkml@example.org",
                "F:\tinclude/linux/sched.h",
                "F:\tkernel/sched/",
                "",
                THE_REST), java.util.Set.of("include/linux/sched.h", "include/linux/mm.h",
                        "kernel/sched/membarrier.c")::contains);
        assertEquals(List.of("Ida Sched <ida@example.org>", "lkml@example.org"),
                m.ccFor(List.of("kernel/sched/core.c"), List.of(), List.of()));
        assertEquals(List.of("Mia Barrier <mia@example.org>", "Ida Sched <ida@example.org>", "lkml@example.org"),
                m.ccFor(List.of("kernel/sched/membarrier.c"), List.of(), List.of()));
        assertEquals(List.of("lkml@example.org"), m.ccFor(List.of("kernel/fork.c"), List.of(), List.of()));
        // sched.h names a file, not a prefix of the sched/ directory
        assertEquals(List.of("lkml@example.org"), m.ccFor(List.of("include/linux/sched/mm.h"), List.of(), List.of()));
        assertEquals(List.of("Mo Mm <mo@example.org>", "Ida Sched <ida@example.org>", "linux-mm@example.org",
                "lkml@example.org"), m.ccFor(List.of("mm/mmu_context.c", "include/linux/sched.h"), List.of(), List.of()));
    }

    @Test
    void reviewersCountAndNotesAfterTheAddressAreDropped() {
        Maintainers m = Maintainers.parse(String.join("\n",
                "SCHEDULER",
                "M:\tIda Sched <ida@example.org>",
                "M:\tJo Deadline <jo@example.org> (SCHED_DEADLINE)",
                "R:\tRae Review <rae@example.org>",
                "R:\tbare@example.org (odd, but seen)",
                "L:\tlkml@example.org",
                "F:\tkernel/sched/",
                ""), p -> false);
        assertEquals(List.of("Ida Sched <ida@example.org>", "Jo Deadline <jo@example.org>",
                "Rae Review <rae@example.org>", "bare@example.org", "lkml@example.org"),
                m.ccFor(List.of("kernel/sched/core.c"), List.of(), List.of()));
    }

    @Test
    void globMatchesOnlyAtItsOwnDepth() {
        assertEquals(List.of("Gil Glob <gil@example.org>", "Xan Arch <xan@example.org>", "x86@example.org",
                "lkml@example.org"), cc("arch/x86/mm/tlb.c"));
        assertEquals(List.of("Xan Arch <xan@example.org>", "x86@example.org", "lkml@example.org"),
                cc("arch/x86/mm/sub/tlb.c"));
        assertEquals(List.of("Xan Arch <xan@example.org>", "x86@example.org", "lkml@example.org"),
                cc("arch/x86/mm/tlb.h"));
    }

    @Test
    void excludeRemovesTheEntryAndRegexMatchesAnywhereInThePath() {
        assertEquals(List.of("Ned Regex <ned@example.org>", "lkml@example.org"),
                cc("arch/x86/platform/efi/efi_64.c"));
        assertEquals(List.of("Xan Arch <xan@example.org>", "Ned Regex <ned@example.org>", "x86@example.org",
                "lkml@example.org"), cc("arch/x86/include/asm/efi.h"));
    }

    @Test
    void exactFileAndCatchAllGivesItsListButNotItsPeople() {
        assertEquals(List.of("Fay File <fay@example.org>", "lkml@example.org"), cc("kernel/fork.c"));
        assertEquals(List.of("lkml@example.org"), cc("README"));
        assertEquals(List.of("Dee Dir <dee@example.org>", "Rae Review <rae@example.org>", "Fay File <fay@example.org>",
                "lkml@example.org"),
                cc("kernel/fork.c", "kernel/sched/core.c"));
    }

    @Test
    void keywordsMatchTheIntroAnywhereAndTheDiffOnChangedLines() {
        Maintainers m = Maintainers.parse(String.join("\n",
                "LAZY TLB",
                "M:\tKay Word <kay@example.org>",
                "K:\t\\b(mmgrab|mmdrop)_lazy_tlb\\b",
                "",
                "FORK",
                "M:\tFay File <fay@example.org>",
                "F:\tkernel/fork.c",
                ""), p -> true);
        assertEquals(List.of("Kay Word <kay@example.org>", "Fay File <fay@example.org>"),
                m.ccFor(List.of("kernel/fork.c"), List.of(), List.of(" \tmmdrop(mm);", "+\tmmdrop_lazy_tlb(mm);")),
                "in the file's order");
        assertEquals(List.of("Kay Word <kay@example.org>"),
                m.ccFor(List.of("mm/mmu_context.c"), List.of(), List.of("-\tmmgrab_lazy_tlb(prev);")), "a removed line counts");
        assertEquals(List.of("Fay File <fay@example.org>"),
                m.ccFor(List.of("kernel/fork.c"), List.of(), List.of(" \tmmdrop_lazy_tlb(mm);", "+\tmmdrop_lazy_tlbx(mm);")),
                "context lines and other words do not");
        assertEquals(List.of("Kay Word <kay@example.org>"),
                m.ccFor(List.of("mm/x.c"), List.of("[PATCH 3/7] mm: add mmgrab_lazy_tlb() and mmdrop_lazy_tlb()"), List.of()),
                "the subject is read whole, before the diff");
    }

    @Test
    void aKeywordAlternationIsPrefixedInItsFirstBranchOnlyAsInPerl() {
        // get_maintainer.pl pastes ^[+-].* in front without a group: "^[+-].*phylink|sfp_bus" finds sfp_bus anywhere
        Maintainers m = Maintainers.parse(String.join("\n",
                "PHY LINK",
                "M:\tPhil Link <phil@example.org>",
                "K:\tphylink|sfp_bus",
                ""), p -> true);
        assertEquals(List.of("Phil Link <phil@example.org>"),
                m.ccFor(List.of("drivers/x.c"), List.of(), List.of(" \tstruct sfp_bus *bus;")));
        assertEquals(List.of(), m.ccFor(List.of("drivers/x.c"), List.of(), List.of(" \tstruct phylink *pl;")));
        assertEquals(List.of("Phil Link <phil@example.org>"),
                m.ccFor(List.of("drivers/x.c"), List.of(), List.of("+\tstruct phylink *pl;")));
    }

    @Test
    void namesOutsideAsciiAndWindowsLineEndsAreReadAsWritten() {
        Maintainers m = Maintainers.parse(String.join("\r\n",
                "SCHEDULER",
                "M:\tJos\u00e9 N\u00fa\u00f1ez <jose@example.org> (fair)",
                "L:\tlkml@example.org",
                "F:\tkernel/sched/",
                ""), p -> false);
        assertEquals(List.of("Jos\u00e9 N\u00fa\u00f1ez <jose@example.org>", "lkml@example.org"),
                m.ccFor(List.of("kernel/sched/core.c"), List.of(), List.of()));
    }

    @Test
    void aLineOfUnicodeSpacesEndsAnEntryAndTheLastEntryNeedsNoNewline() {
        Maintainers m = Maintainers.parse(String.join("\n",
                "KERNEL",
                "M:\tKim Kern <kim@example.org>",
                "F:\tkernel/",
                "\u3000\u2003",
                "MM",
                "M:\tMo Mm <mo@example.org>",
                "F:\tmm/"), p -> false);
        assertEquals(List.of("Kim Kern <kim@example.org>"), m.ccFor(List.of("kernel/fork.c"), List.of(), List.of()));
        assertEquals(List.of("Mo Mm <mo@example.org>"), m.ccFor(List.of("mm/mmap.c"), List.of(), List.of()));
    }

    @Test
    void globsBeforeTheLastDirectoryAndRegexesThatDoNotCompile() {
        Maintainers m = Maintainers.parse(String.join("\n",
                "ARCH MMU CONTEXT",
                "M:\tAmy Arch <amy@example.org>",
                "F:\tarch/*/include/asm/mmu_context.h",
                "",
                "MLX",
                "M:\tMel Lx <mel@example.org>",
                "N:\tmlx(unclosed",
                "F:\tdrivers/*/mlx5/",
                "",
                "TOP LEVEL",
                "M:\tTim Top <tim@example.org>",
                "F:\tMake*",
                ""), p -> false);
        assertEquals(List.of("Amy Arch <amy@example.org>"),
                m.ccFor(List.of("arch/x86/include/asm/mmu_context.h"), List.of(), List.of()));
        assertEquals(List.of(), m.ccFor(List.of("arch/x86/include/asm/mmu.h"), List.of(), List.of()));
        assertEquals(List.of("Mel Lx <mel@example.org>"),
                m.ccFor(List.of("drivers/net/mlx5/core/main.c"), List.of(), List.of()));
        assertEquals(List.of(), m.ccFor(List.of("drivers/mlx(unclosed.c"), List.of(), List.of()),
                "the invalid N: matches nothing");
        assertEquals(List.of("Tim Top <tim@example.org>"), m.ccFor(List.of("Makefile"), List.of(), List.of()));
        assertEquals(List.of(), m.ccFor(List.of("kernel/Makefile"), List.of(), List.of()), "a glob keeps its depth");
    }

    @Test
    void entriesComeInFileOrderWhateverThePathsOrder() {
        assertEquals(List.of("Dee Dir <dee@example.org>", "Rae Review <rae@example.org>", "Gil Glob <gil@example.org>",
                "Xan Arch <xan@example.org>", "Ned Regex <ned@example.org>", "Fay File <fay@example.org>",
                "x86@example.org", "lkml@example.org"),
                cc("kernel/fork.c", "arch/x86/mm/efi.c", "kernel/sched/core.c"));
    }

    @Test
    void aBarInAGroupAClassOrAfterABackslashLeavesTheWholeKeywordOnChangedLines() {
        Maintainers m = Maintainers.parse(String.join("\n",
                "GROUP", "M:\tGus Group <gus@example.org>", "K:\t(alpha|beta)_one", "",
                "CLASS", "M:\tCy Class <cy@example.org>", "K:\tgamma[|]two", "",
                "ESCAPED", "M:\tEd Escape <ed@example.org>", "K:\tdelta\\|three", "",
                "TOP LEVEL", "M:\tTo Plevel <to@example.org>", "K:\t(alpha|beta)_x|epsilon", ""), p -> true);
        List<String> context = List.of(" beta_one gamma|two delta|three epsilon");
        assertEquals(List.of("To Plevel <to@example.org>"), m.ccFor(List.of("x.c"), List.of(), context));
        assertEquals(List.of("Gus Group <gus@example.org>", "Cy Class <cy@example.org>", "Ed Escape <ed@example.org>",
                "To Plevel <to@example.org>"),
                m.ccFor(List.of("x.c"), List.of(), List.of("+beta_one gamma|two delta|three epsilon")));
    }

    /**
     * get_maintainer.pl reads file headers, hunk headers and Fixes: tags for
     * files and commits, not for keywords: "mediatek" in those lines alone
     * does not Cc the MEDIATEK entry (checked with its 6.5 version).
     */
    @Test
    void keywordsAreNotSearchedInHeadersOrFixesTags() {
        Maintainers m = Maintainers.parse(String.join("\n",
                "MEDIATEK", "M:\tMat Tek <mat@example.org>", "K:\tmediatek", "",
                "ALTERNATION", "M:\tAl Tern <al@example.org>", "K:\tnothing_here|mtk_probe", ""), p -> true);
        List<String> intro = List.of("[PATCH] drm: build b.o",
                "Fixes: 0123456789ab (\"drm/mediatek: add a.o, mtk_probe\")",
                " mode change 100644 => 100755 drivers/gpu/drm/mediatek/gen.sh");
        List<String> headers = List.of(
                "diff --git a/drivers/gpu/drm/mediatek/Makefile b/drivers/gpu/drm/mediatek/Makefile",
                "index 1111111..2222222 100644",
                "--- a/drivers/gpu/drm/mediatek/Makefile",
                "+++ b/drivers/gpu/drm/mediatek/Makefile",
                "@@ -1,2 +1,3 @@ int mtk_probe(void)",
                " obj-y += a.o",
                "+obj-y += b.o");
        assertEquals(List.of(), m.ccFor(List.of("drivers/gpu/drm/mediatek/Makefile"), intro, headers));
        List<String> changed = new java.util.ArrayList<>(headers);
        changed.add("+obj-y += mediatek.o mtk_probe.o");
        assertEquals(List.of("Mat Tek <mat@example.org>", "Al Tern <al@example.org>"),
                m.ccFor(List.of("drivers/gpu/drm/mediatek/Makefile"), intro, changed));
    }

    @Test
    void noMaintainersFileGivesNoCc() {
        assertEquals(List.of(), Maintainers.parse("", p -> true).ccFor(List.of("kernel/fork.c"), List.of(), List.of()));
    }
}
