package org.activemm.generate;

import org.activemm.testing.GitCommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.activemm.UsageException;
import org.activemm.model.Strategy;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;
import org.activemm.tree.SkippedFile;
import org.activemm.testing.FixtureMarkers;
import org.activemm.testing.Needs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesGeneratorTest {

    private static Series render(ArchPlan plan) {
        return Generated.series(MapTree.fixture(), Fixture.scan(), List.of(plan),
                Fixture.options());
    }

    private static String text(SeriesFile f) {
        return new String(f.content(), StandardCharsets.UTF_8);
    }

    private static String subject(SeriesFile f) {
        return text(f).lines().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow();
    }

    @Test
    void seriesHasKernelStyleSubjectsInBisectableOrder() {
        Series s = render(Fixture.x86(Strategy.PIGGYBACK));
        List<String> subjects = s.patches().stream().map(SeriesGeneratorTest::subject).toList();
        assertEquals(List.of(
                "Subject: [PATCH 1/9] mm: add ARCH_NO_TASK_ACTIVE_MM and arch_shoot_down_dead_mm()",
                "Subject: [PATCH 2/9] mm: keep a per-CPU record of the loaded mm under ARCH_NO_TASK_ACTIVE_MM",
                "Subject: [PATCH 3/9] mm: add mmgrab_lazy_tlb() and mmdrop_lazy_tlb()",
                "Subject: [PATCH 4/9] mm: use mmgrab_lazy_tlb() and mmdrop_lazy_tlb()",
                "Subject: [PATCH 5/9] mm: use the loaded-mm helpers instead of task_struct::active_mm",
                "Subject: [PATCH 6/9] sched: hide task_struct::active_mm under ARCH_NO_TASK_ACTIVE_MM",
                "Subject: [PATCH 7/9] x86/mm: implement arch_shoot_down_dead_mm()",
                "Subject: [PATCH 8/9] x86: use the loaded-mm record instead of task_struct::active_mm",
                "Subject: [PATCH 9/9] x86: select ARCH_NO_TASK_ACTIVE_MM"), subjects);
        assertEquals("0000-cover-letter.patch", s.files().get(0).name());
        assertEquals("0001-mm-add-ARCH_NO_TASK_ACTIVE_MM-and-arch_shoot_down_de.patch", s.patches().get(0).name());
        assertEquals("checklist-x86.md", s.files().get(s.files().size() - 1).name());
        assertTrue(subject(s.files().get(0)).startsWith("Subject: [PATCH 0/9] "));
    }

    @Test
    void coverLetterSaysWhichFilesTheScanCouldNotRead() {
        ScanResult clean = Fixture.scan();
        String without = text(Generated.series(MapTree.fixture(), clean, List.of(Fixture.x86(Strategy.PIGGYBACK)),
                Fixture.options()).files().get(0));
        assertFalse(without.contains("could not read"), without);

        ScanResult partial = new ScanResult(clean.tree(), clean.revision(), clean.scheme(), clean.arches(),
                clean.findings(), List.of(new SkippedFile("drivers/gpu/big_sh_mask.h", "missing object 0123abcd")),
                clean.filesScanned());
        String with = text(Generated.series(MapTree.fixture(), partial, List.of(Fixture.x86(Strategy.PIGGYBACK)),
                Fixture.options()).files().get(0));
        assertTrue(with.contains("The scan could not read 1 files; any site in them is missing\nfrom this series:\n"
                + "  drivers/gpu/big_sh_mask.h: missing object 0123abcd\n"), with);
    }

    @Test
    void everyPatchHasMailHeadersSignoffAndDiffstat() {
        for (SeriesFile f : render(Fixture.x86(Strategy.PIGGYBACK)).patches()) {
            String t = text(f);
            assertTrue(t.startsWith("From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
                    + "From: Ada Tester <ada@example.org>\nDate: Fri, 2 Jan 2026 03:04:05 +0000\n"), f.name());
            assertTrue(t.contains("\n\nSigned-off-by: Ada Tester <ada@example.org>\n---\n"), f.name());
            assertTrue(t.matches("(?s).*\n [0-9]+ files? changed, .*\n\ndiff --git a/.*"), f.name());
        }
    }

    @Test
    void commitMessagesKeepCheckpatchsLineLimit() {
        // Generated.series checks every patch of every series the tests render; these are the long texts
        for (ArchPlan plan : List.of(Fixture.x86(Strategy.PIGGYBACK), Fixture.x86(Strategy.IPI_CPUMASK),
                Fixture.x86(Strategy.IPI_ALL))) {
            Series s = render(plan);
            String select = text(s.patches().get(8));
            assertTrue(select.contains("\nCosts (activemm model):\n0 mm_count atomics per lazy switch;"
                    + " IPIs per exit in the worst case (every\nother CPU has the mm loaded): "), select);
        }
        List<StrategyVerdict> unsafe = List.of(new StrategyVerdict(Strategy.IPI_ALL, false, "no-uaf",
                "on x86+hyperv: cpu0 runs the exiting task on M; cpu1 switches lazily to a kernel thread on M;"
                        + " cpu0 frees the page tables and flushes by hypercall; cpu1 still has M loaded",
                Fixture.costs(0, 1, 3, 63, 1023)));
        GenerateOptions o = Fixture.options();
        Series s = Generated.series(MapTree.fixture(), Fixture.scan(), List.of(new ArchPlan("x86", Strategy.IPI_ALL,
                unsafe, List.of(), "arch/x86/Kconfig", "arch/x86/mm/tlb.c", Fixture.LOADED_MM)),
                new GenerateOptions(o.scheme(), o.signoff(), o.author(), o.date(), false, true));
        assertTrue(text(s.patches().get(6)).contains("Counterexample:\non x86+hyperv: cpu0 runs the exiting task on M;"
                + " cpu1 switches lazily to a\nkernel thread on M; "));
    }

    @Test
    void ccComesFromMaintainersOfTheTouchedFiles() {
        Series s = render(Fixture.x86(Strategy.PIGGYBACK));
        // patch 1 touches arch/Kconfig (THE REST: list only), include/linux/sched/mm.h (MM), kernel/fork.c (FORK)
        assertTrue(text(s.patches().get(0)).contains("Cc: Fern Fork <fern@example.org>,\n    Mia Memory <mia@example.org>,\n"
                + "    linux-mm@example.org,\n    linux-kernel@example.org\nMIME-Version"));
        // patch 7 touches arch/x86/mm/tlb.c: X86 (dir), X86 MM (glob), TLB EVERYWHERE (N: regex), THE REST
        assertTrue(text(s.patches().get(6)).contains("Cc: Xena Arch <xena@example.org>,\n    Tilly Tlb <tilly@example.org>,\n"
                + "    Nora Regex <nora@example.org>,\n    x86@example.org,\n    linux-kernel@example.org\n"));
        assertFalse(text(s.patches().get(6)).contains("linus@example.org"));
        assertTrue(text(s.files().get(0)).contains("Cc: Fern Fork <fern@example.org>,\n    Mia Memory <mia@example.org>,\n"
                + "    Sam Sched <sam@example.org>,\n    Xena Arch <xena@example.org>,\n    Tilly Tlb <tilly@example.org>,\n"
                + "    Nora Regex <nora@example.org>,\n    linux-mm@example.org,\n    linux-kernel@example.org,\n"
                + "    x86@example.org\nMIME-Version"), "the cover letter goes to everyone, people first");
    }

    @Test
    void mechanicalSitesAreEditedAndTheRestIsLeftForHandWork() {
        Series s = render(Fixture.x86(Strategy.PIGGYBACK));
        // every site of the fixture has a recipe (read off Fixture's tree: the 4.19 shapes and a brace-less if)
        assertEquals(List.of(), s.handWork());
        String cover = text(s.files().get(0));
        assertTrue(cover.contains("  core           AMM004             3         0    0\n"), cover);
        assertTrue(cover.contains("  arch/x86       AMM005             4         0    0\n"));
        assertTrue(cover.contains("\n  AMM004: lazy reference counting (grab/drop)\n  AMM005: "), "the legend, each rule once");
        assertFalse(cover.contains("arch/powerpc"), "sites of arches not being converted stay out");
        assertTrue(cover.contains("x86: piggyback, safe; 0 mm_count atomics per lazy switch"));
        assertFalse(text(s.patches().get(8)).contains("Apply this patch only"));
    }

    @Test
    void theMemberPatchSaysOnlyWhatItGuards() {
        String full = text(render(Fixture.x86(Strategy.PIGGYBACK)).patches().get(5)).replace('\n', ' ');
        assertTrue(full.contains("Under the option, compile out the member and init_task's initializer."), full);
        // without core's bring-up and teardown sites the patch touches only sched.h and init_task.c
        List<org.activemm.sites.Finding> memberOnly = Fixture.findings().stream()
                .filter(f -> !(f.ruleId().equals("AMM005") && f.scope().equals(Scope.CORE))).toList();
        Series s = Generated.series(MapTree.fixture(), new org.activemm.sites.ScanResult("test-tree", null, Scheme.SEED,
                List.of("x86"), memberOnly, List.of(), 11), List.of(Fixture.x86(Strategy.PIGGYBACK)), Fixture.options());
        String patch = text(s.patches().get(5));
        assertTrue(patch.contains(" include/linux/sched.h | 2 ++\n init/init_task.c      | 2 ++\n 2 files changed"), patch);
        assertTrue(patch.contains("\nUnder the option, compile out the member and init_task's initializer.\n"), patch);
        assertFalse(patch.contains("brought up"), patch);
        assertFalse(patch.contains("taken down"), patch);
    }

    /** cpus_read_lock() does not nest and 6.5 calls mmput() under it: the message names the wait instead. */
    @Test
    void theShootDownPatchSaysItWaitsForOfflineCpusWithoutALock() {
        String full = text(render(Fixture.x86(Strategy.PIGGYBACK)).patches().get(6)).replace('\n', ' ');
        assertTrue(full.contains("The hook then waits, without a lock, until no offline CPU still records the mm"), full);
        assertFalse(full.contains("cpus_read_lock"), full);
    }

    @Test
    void theCoverLetterSaysPerArchWhatTheModelProves() {
        String safe = text(render(Fixture.x86(Strategy.PIGGYBACK)).files().get(0)).replaceAll("\\s+", " ");
        assertTrue(safe.contains("x86 (piggyback): relies on the TLB flush that frees the page tables to interrupt every"
                + " lazy CPU; the activemm model proves this safe on x86 and on x86+kvm, x86+hyperv, x86+xen-pv."), safe);
        assertFalse(safe.contains("already interrupts"), "true of native x86 only");

        List<StrategyVerdict> verdicts = List.of(new StrategyVerdict(Strategy.PIGGYBACK, false, "no-uaf",
                "on x86+hyperv: the flush is a hypercall; cpu1 keeps M loaded", Fixture.costs(0, 0, 0, 0, 0)));
        GenerateOptions o = Fixture.options();
        Series s = Generated.series(MapTree.fixture(), Fixture.scan(), List.of(new ArchPlan("x86", Strategy.PIGGYBACK,
                verdicts, List.of("x86+hyperv"), "arch/x86/Kconfig", "arch/x86/mm/tlb.c", Fixture.LOADED_MM)),
                new GenerateOptions(o.scheme(), o.signoff(), o.author(), o.date(), false, true));
        String unsafe = text(s.files().get(0)).replaceAll("\\s+", " ");
        assertTrue(unsafe.contains("x86 (piggyback): relies on the TLB flush that frees the page tables to interrupt"
                + " every lazy CPU; the activemm model finds this UNSAFE (breaks no-uaf)."), unsafe);
        assertFalse(unsafe.contains("proves this safe"));
        String impl = text(s.patches().get(6)).replaceAll("\\s+", " ");
        assertTrue(impl.contains("This holds only where the flush really interrupts the lazy CPUs"), impl);
        assertFalse(impl.contains("already interrupts"), impl);
    }

    @Test
    void twoSitesOnOneLineStayTwoHandWorkItems() {
        // line 23 made to read a task the recipe cannot tell is current: two findings of one rule, no recipe
        MapTree tree = MapTree.fixture();
        tree = tree.with(Fixture.CORE, tree.text(Fixture.CORE).replace("\t\tnext->active_mm = oldmm;\n",
                "\t\tnext->active_mm = rq->curr->active_mm;\n"));
        List<org.activemm.sites.Finding> findings = new ArrayList<>(Fixture.findings());
        findings.add(Fixture.site(Fixture.CORE, 23, 31, "context_switch", org.activemm.sites.Role.READ,
                org.activemm.sites.Purpose.LAZY_SWITCH, "AMM003", org.activemm.sites.Status.NEEDS_CHANGE));
        org.activemm.sites.ScanResult scan = new org.activemm.sites.ScanResult("test-tree", null, Scheme.SEED,
                List.of("x86"), findings, List.of(), 11);
        Series s = Generated.series(tree, scan, List.of(Fixture.x86(Strategy.PIGGYBACK)),
                Fixture.options());
        assertEquals(List.of("kernel/sched/core.c:23:9 AMM003", "kernel/sched/core.c:23:31 AMM003"), s.handWork().stream()
                .filter(h -> h.line() == 23).map(h -> h.path() + ":" + h.line() + ":" + h.column() + " " + h.rule()).toList());
        assertEquals(3, s.handWork().size());
        assertTrue(s.handWork().stream().anyMatch(h -> h.path().equals("arch/x86/Kconfig")
                && h.what().equals("select ARCH_NO_TASK_ACTIVE_MM once the hand work in core code and arch/x86 is done")));
        // the cover letter wraps a long item with two more columns of indentation
        assertTrue(text(s.files().get(0)).contains("    23:9: context_switch(): [AMM003] not a shape the loaded-mm recipe\n"
                + "      knows; no reference, no handoff; arch_shoot_down_dead_mm() covers the\n      lifetime\n"
                + "    23:31: context_switch(): [AMM003] "), text(s.files().get(0)));
        assertEquals(8, s.patches().size(), "no select while the member is still used");
        assertTrue(subject(s.patches().get(0)).startsWith("Subject: [RFC PATCH 1/8] "));
    }

    @Test
    void seriesAppliesWithGitAmAndGivesTheExpectedFiles(@TempDir Path dir) throws IOException {
        Needs.that(GitCommandLine.available(), "the git command line");
        Series s = render(Fixture.x86(Strategy.PIGGYBACK));
        Path repo = GitAm.apply(MapTree.fixture(), s, dir);
        GitCommandLine.Result log = GitCommandLine.run(repo, "log", "--format=%s", "--reverse");
        assertEquals(10, log.output().strip().lines().count(), log.output());
        assertTrue(log.output().strip().endsWith("x86: select ARCH_NO_TASK_ACTIVE_MM"));

        String core = FixtureMarkers.withoutMarkerLines(repo.resolve("kernel/sched/core.c"));
        assertTrue(core.contains("\tif (mm)\n\t\tmmdrop_lazy_tlb(mm);\n}\n"), core);
        assertTrue(core.contains("\t\tset_task_active_mm(next, oldmm);\n\t\tmmgrab_lazy_tlb(oldmm);\n"), core);
        assertTrue(core.contains("\t\tswitch_mm(mm, &init_mm, current);\n\t\tset_current_active_mm(&init_mm);\n\t}\n"
                + "\tmmdrop_lazy_tlb(mm);\n}\n"), core);
        assertTrue(core.contains("{\n\tmmgrab_lazy_tlb(&init_mm);\n\tenter_lazy_tlb(&init_mm, current);\n"), core);
        assertTrue(core.contains("DEFINE_PER_CPU(struct mm_struct *, cpu_active_mm) = &init_mm;\n"), core);
        assertEquals("// SPDX-License-Identifier: GPL-2.0\n#include <linux/sched/mm.h>\n\n"
                + "void cpu_init(void)\n{\n\tstruct task_struct *me = current;\n\n"
                + "\tmmgrab_lazy_tlb(&init_mm);\n\tset_current_active_mm(&init_mm);\n"
                + "\tBUG_ON(me->mm);\n\tenter_lazy_tlb(&init_mm, me);\n}\n\n"
                + "static void cpu_init_odd(void)\n{\n\tstruct task_struct *curr = current;\n\n"
                + "\tif (curr)\n\t\tmmgrab_lazy_tlb(&init_mm);\n"
                + "\tset_current_active_mm(&init_mm);\n}\n",
                FixtureMarkers.withoutMarkerLines(repo.resolve("arch/x86/kernel/cpu/common.c")));
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("arch/x86/Kconfig")).contains(
                "\tselect ARCH_MIGHT_HAVE_PC_PARPORT\n\tselect ARCH_NO_TASK_ACTIVE_MM\n\tselect ARCH_USE_BUILTIN_BSWAP\n"));
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("kernel/fork.c")).contains(
                "\texit_mmap(mm);\n\tarch_shoot_down_dead_mm(mm);\n\tset_mm_exe_file(mm, NULL);\n"));
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("include/linux/sched.h")).contains(
                "\tstruct mm_struct\t\t*mm;\n#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM\n\tstruct mm_struct\t\t*active_mm;\n#endif\n"));
        String kconfig = FixtureMarkers.withoutMarkerLines(repo.resolve("arch/Kconfig"));
        assertTrue(kconfig.contains("config HAVE_OTHER_EXAMPLE\n\tbool\n\nconfig ARCH_NO_TASK_ACTIVE_MM\n\tbool\n"
                + "\thelp\n\t  An architecture selects this when its arch_shoot_down_dead_mm()\n"), kconfig);
        assertTrue(kconfig.endsWith("\t  takes and drops no reference on the previous task's mm.\n\nendmenu\n"), kconfig);
    }

    @Test
    void aUserTemplateDirectoryChangesTheSeries(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("patch"));
        Files.writeString(dir.resolve("patch/core-hook.ftl"),
                "${prefix}: introduce ${option}\n\nOur own words for the first patch.\n");
        Series s = Generated.series(new Templates(dir), MapTree.fixture(), Fixture.scan(),
                List.of(Fixture.x86(Strategy.PIGGYBACK)), Fixture.options());
        assertEquals("Subject: [PATCH 1/9] mm: introduce ARCH_NO_TASK_ACTIVE_MM", subject(s.patches().get(0)));
        assertTrue(text(s.patches().get(0)).contains("\n\nOur own words for the first patch.\n\nSigned-off-by: "));
        assertEquals("0001-mm-introduce-ARCH_NO_TASK_ACTIVE_MM.patch", s.patches().get(0).name());
        assertEquals("Subject: [PATCH 9/9] x86: select ARCH_NO_TASK_ACTIVE_MM", subject(s.patches().get(8)));
    }

    @Test
    void eachArchGetsItsImplementationThenItsSelect() {
        MapTree tree = MapTree.fixture()
                .with("arch/powerpc/Kconfig", "config PPC\n\tbool\n\tselect ARCH_HAS_X\n\tselect HAVE_Y\n")
                .with("arch/powerpc/mm/tlb.c", "// SPDX-License-Identifier: GPL-2.0\n");
        ArchPlan powerpc = new ArchPlan("powerpc", Strategy.IPI_CPUMASK, Fixture.x86Verdicts(), List.of(),
                "arch/powerpc/Kconfig", "arch/powerpc/mm/tlb.c", "current->active_mm");
        ArchPlan sparc = new ArchPlan("sparc", Strategy.IPI_ALL, Fixture.x86Verdicts(), List.of(),
                "arch/sparc/Kconfig", "arch/sparc/mm/tlb.c", "current->active_mm");
        Series s = Generated.series(tree, Fixture.scan(),
                List.of(Fixture.x86(Strategy.PIGGYBACK), powerpc, sparc), Fixture.options());
        List<String> subjects = s.patches().stream().map(SeriesGeneratorTest::subject)
                .map(l -> l.replaceFirst("^Subject: \\[RFC PATCH [0-9]+/[0-9]+\\] ", "")).toList();
        assertEquals(List.of("x86/mm: implement arch_shoot_down_dead_mm()",
                "x86: use the loaded-mm record instead of task_struct::active_mm",
                "x86: select ARCH_NO_TASK_ACTIVE_MM",
                "powerpc/mm: implement arch_shoot_down_dead_mm()",
                "powerpc: select ARCH_NO_TASK_ACTIVE_MM"), subjects.subList(6, 11), subjects.toString());
        // sparc has no implementation file in this tree: no select for it either, both left for hand work
        assertTrue(s.handWork().stream().anyMatch(h -> h.path().equals("arch/sparc/mm/tlb.c") && h.line() == 0));
        assertTrue(s.handWork().stream().anyMatch(h -> h.path().equals("arch/sparc/Kconfig")
                && h.what().equals("select ARCH_NO_TASK_ACTIVE_MM once arch_shoot_down_dead_mm() is implemented")));
        assertTrue(text(s.patches().get(10)).contains(" \tselect ARCH_HAS_X\n+\tselect ARCH_NO_TASK_ACTIVE_MM\n \tselect HAVE_Y\n"));
    }

    @Test
    void aFileThatIsNotUtf8IsLeftAloneAndListed() {
        MapTree fixture = MapTree.fixture();
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        for (String path : List.of("MAINTAINERS", "arch/Kconfig", "arch/x86/Kconfig", "arch/x86/mm/tlb.c",
                "arch/x86/kernel/cpu/common.c", "include/linux/sched/mm.h", "init/init_task.c", "kernel/fork.c",
                "kernel/exit.c", "kernel/sched/core.c")) {
            files.put(path, fixture.read(path).orElseThrow());
        }
        byte[] latin1 = fixture.text("include/linux/sched.h").replace("SPDX", "\u00e9SPDX")
                .getBytes(StandardCharsets.ISO_8859_1);
        files.put("include/linux/sched.h", latin1);
        Series s = Generated.series(new MapTree(files), Fixture.scan(),
                List.of(Fixture.x86(Strategy.PIGGYBACK)), Fixture.options());
        assertTrue(s.handWork().stream().anyMatch(h -> h.path().equals("include/linux/sched.h") && h.line() == 12
                && h.what().startsWith("file is missing or not UTF-8 text; wrap in #ifndef")));
        assertFalse(s.patches().stream().anyMatch(p -> text(p).contains("diff --git a/include/linux/sched.h")));
    }

    @Test
    void seriesAppliesInOrderWithJGit(@TempDir Path dir) throws Exception {
        MapTree tree = MapTree.fixture();
        tree.writeTo(dir);
        Series s = render(Fixture.x86(Strategy.IPI_CPUMASK));
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile()).call()) {
            for (SeriesFile p : s.patches()) {
                git.apply().setPatch(new ByteArrayInputStream(p.content())).call();
            }
        }
        String tlb = Files.readString(dir.resolve("arch/x86/mm/tlb.c"));
        assertTrue(tlb.contains("\ton_each_cpu_mask(mm_cpumask(mm), shoot_down_lazy_mm, mm, true);\n"));
        assertTrue(Files.readString(dir.resolve("kernel/exit.c")).contains("\tmmgrab_lazy_tlb(mm);\n"));
    }

    @Test
    void unsafeStrategyIsRefusedWithItsCounterexampleUnlessAllowed() {
        List<StrategyVerdict> verdicts = List.of(new StrategyVerdict(Strategy.PIGGYBACK, false, "no-uaf",
                "cpu1 lazy on M; flush by hypercall; M freed while cpu1 has it loaded", "0 IPIs per exit"));
        ArchPlan plan = new ArchPlan("x86", Strategy.PIGGYBACK, verdicts, List.of(), "arch/x86/Kconfig",
                "arch/x86/mm/tlb.c", Fixture.LOADED_MM);
        UsageException e = assertThrows(UsageException.class, () -> render(plan));
        assertEquals("arch x86: strategy piggyback is unsafe (breaks no-uaf): cpu1 lazy on M; flush by hypercall;"
                + " M freed while cpu1 has it loaded; use --unsafe-ok to generate it anyway", e.getMessage());

        GenerateOptions o = Fixture.options();
        GenerateOptions unsafeOk = new GenerateOptions(o.scheme(), o.signoff(), o.author(), o.date(), false, true);
        Series s = Generated.series(MapTree.fixture(), Fixture.scan(), List.of(plan), unsafeOk);
        assertTrue(text(s.files().get(0)).contains("x86: piggyback, UNSAFE (breaks no-uaf, generated with --unsafe-ok)"));
        assertTrue(text(s.patches().get(6)).contains("UNSAFE on x86:\nit breaks no-uaf."));
    }

    @Test
    void refcountAndBadUpstreamPlansAreRefused() {
        assertThrows(UsageException.class, () -> render(Fixture.x86(Strategy.REFCOUNT)));
        GenerateOptions o = Fixture.options();
        GenerateOptions upstream = new GenerateOptions(Scheme.UPSTREAM, o.signoff(), null, o.date(), false, false);
        assertThrows(UsageException.class, () -> Generated.series(MapTree.fixture(),
                Fixture.scan(), List.of(Fixture.x86(Strategy.PIGGYBACK)), upstream), "scan scheme differs");
        assertThrows(UsageException.class, () -> new ArchPlan("../x86", Strategy.PIGGYBACK, List.of(), List.of(),
                "arch/x86/Kconfig", "arch/x86/mm/tlb.c", Fixture.LOADED_MM));
        assertThrows(UsageException.class, () -> new ArchPlan("x86", Strategy.PIGGYBACK, List.of(), List.of(),
                "arch/x86/../../Kconfig", "arch/x86/mm/tlb.c", Fixture.LOADED_MM));
        assertThrows(UsageException.class, () -> new ArchPlan("x86", Strategy.PIGGYBACK, List.of(), List.of(),
                "arch/x86/Kconfig", "/etc/tlb.c", Fixture.LOADED_MM));
        UsageException twice = assertThrows(UsageException.class, () -> Generated.series(
                MapTree.fixture(), Fixture.scan(), List.of(Fixture.x86(Strategy.PIGGYBACK), Fixture.x86(Strategy.IPI_ALL)),
                Fixture.options()));
        assertEquals("arch x86 is named twice", twice.getMessage());
    }
}
