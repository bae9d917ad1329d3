package org.activemm.generate;

import org.activemm.testing.GitCommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.activemm.model.Strategy;
import org.activemm.sites.Finding;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.tree.DirectoryTree;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Status;
import org.activemm.testing.FixtureMarkers;
import org.activemm.testing.Needs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The series for the shared fixture trees, scanned as their hand-written
 * markers say: it applies with git am and JGit, and exactly the
 * sites named here (read off the fixture files) are converted mechanically.
 */
class KernelFixturesTest {

    private record Run(Path tree, ScanResult scan, Series series) {
    }

    private static Run run(String shape) throws IOException {
        Path dir = KernelFixtures.shape(shape);
        ScanResult scan = KernelFixtures.scan(dir, "seed");
        Series s = Generated.series(MapTree.of(dir), scan,
                List.of(Fixture.x86(Strategy.PIGGYBACK)), Fixture.options());
        return new Run(dir, scan, s);
    }

    private static Set<String> handWork(Series s) {
        Set<String> out = new TreeSet<>();
        s.handWork().stream().filter(h -> !h.rule().isEmpty()).forEach(h -> out.add(h.path() + ":" + h.line() + " " + h.rule()));
        return out;
    }

    private static void applyWithJGit(Path tree, Series s, Path dir) throws Exception {
        MapTree.of(tree).writeTo(dir);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile()).call()) {
            for (SeriesFile p : s.patches()) {
                git.apply().setPatch(new ByteArrayInputStream(p.content())).call();
            }
        }
    }

    @Test
    void linux419ShapeSeries(@TempDir Path dir) throws Exception {
        Run r = run("linux-4.19-shape");
        // read off the fixture: every site has a recipe; no assembly reads asm-offsets.c's TSK_ACTIVE_MM
        assertEquals(Set.of(), handWork(r.series()));

        Needs.that(GitCommandLine.available(), "the git command line");
        Path repo = GitAm.apply(MapTree.of(r.tree()), r.series(), dir);
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("arch/x86/Kconfig")).contains(
                "\tselect ARCH_MIGHT_HAVE_PC_PARPORT\n\tselect ARCH_NO_TASK_ACTIVE_MM\n\tselect HAVE_ARCH_TRACEHOOK\n"));
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("arch/x86/kernel/asm-offsets.c")).contains(
                "#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM\n\tOFFSET(TSK_ACTIVE_MM, task_struct, active_mm);\n#endif\n"));
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("kernel/fork.c")).contains(
                "\texit_mmap(mm);\n\tarch_shoot_down_dead_mm(mm);\n\tmm_put_huge_zero_page(mm);\n"));
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("fs/exec.c")).contains("\tmmdrop_lazy_tlb(active_mm);\n"));
        String sched = FixtureMarkers.withoutMarkerLines(repo.resolve("kernel/sched/core.c"));
        assertTrue(sched.contains("\toldmm = current_active_mm();\n"), sched);
        assertTrue(sched.contains("} else {\n\t\tswitch_mm_irqs_off(oldmm, mm, next);\n\t\trecord_loaded_mm(mm);\n\t}\n"), sched);
        assertTrue(sched.contains("\t\tset_task_active_mm(prev, NULL);\n"), sched);
        String efi = FixtureMarkers.withoutMarkerLines(repo.resolve("arch/x86/platform/efi/efi_64.c"));
        assertTrue(efi.contains("\tefi_switch_mm(unborrow_mm(efi_scratch.prev_mm));\n"), efi);
        // it calls helpers of <linux/sched/mm.h> now, which it did not include
        assertTrue(efi.contains("#include <linux/sched.h>\n#include <linux/sched/mm.h>\n\n#include <asm/efi.h>\n"), efi);
        // read off the fixture: exec_mmap(), use_mm() and efi_switch_mm() write the member and switch with
        // interrupts on; the series records the mm after the switch, and puts both, and the read of the
        // lender's mm before them, in one section
        assertTrue(efi.contains("\tflags = loaded_mm_switch_begin();\n\tefi_scratch.prev_mm = current_active_mm();\n"
                + "\tset_task_active_mm(current, mm);\n\tswitch_mm(efi_scratch.prev_mm, mm, NULL);\n"
                + "\trecord_loaded_mm(mm);\n\tloaded_mm_switch_end(flags);\n\ttask_unlock(current);\n"), efi);
        String exec = FixtureMarkers.withoutMarkerLines(repo.resolve("fs/exec.c"));
        assertTrue(exec.contains("\ttask_lock(tsk);\n\tflags = loaded_mm_switch_begin();\n\tactive_mm = current_active_mm();\n"
                + "\ttsk->mm = mm;\n\tset_task_active_mm(tsk, mm);\n\tactivate_mm(active_mm, mm);\n"
                + "\trecord_loaded_mm(mm);\n\tloaded_mm_switch_end(flags);\n\tvmacache_flush(tsk);\n"), exec);
        assertTrue(exec.contains("{\n\tunsigned long flags;\n\tstruct task_struct *tsk;\n"), exec);
        String use = FixtureMarkers.withoutMarkerLines(repo.resolve("mm/mmu_context.c"));
        assertTrue(use.contains("\tflags = loaded_mm_switch_begin();\n\tactive_mm = current_active_mm();\n"
                + "\tif (active_mm != mm) {\n\t\tmmgrab_lazy_tlb(mm);\n\t\tset_task_active_mm(tsk, mm);\n\t}\n"
                + "\ttsk->mm = mm;\n\tswitch_mm(active_mm, mm, tsk);\n\trecord_loaded_mm(mm);\n"
                + "\tloaded_mm_switch_end(flags);\n"), use);
        // idle_task_exit() runs on a dead CPU with interrupts off: no section
        assertTrue(!FixtureMarkers.withoutMarkerLines(repo.resolve("kernel/sched/core.c")).contains("loaded_mm_switch_begin"));
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("include/linux/sched/mm.h"))
                .contains("static inline void mmgrab_lazy_tlb(struct mm_struct *mm)\n"));
        applyWithJGit(r.tree(), r.series(), dir.resolve("jgit"));
    }

    @Test
    void linux65ShapeSeriesReusesTheHelpers(@TempDir Path dir) throws Exception {
        Run r = run("linux-6.5-shape");
        // read off the fixture: every site has a recipe
        assertEquals(Set.of(), handWork(r.series()));

        Needs.that(GitCommandLine.available(), "the git command line");
        Path repo = GitAm.apply(MapTree.of(r.tree()), r.series(), dir);
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("arch/Kconfig")).contains(
                "config MMU_LAZY_TLB_REFCOUNT\n\tdef_bool y\n\tdepends on !MMU_LAZY_TLB_SHOOTDOWN && !ARCH_NO_TASK_ACTIVE_MM\n"));
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("arch/x86/Kconfig")).contains(
                "\tselect ARCH_HAS_MEMBARRIER_SYNC_CORE\n\tselect ARCH_NO_TASK_ACTIVE_MM\n\tselect ARCH_WANT_IRQS_OFF_ACTIVATE_MM\n"));
        String sched = FixtureMarkers.withoutMarkerLines(repo.resolve("kernel/sched/core.c"));
        assertTrue(sched.contains("\t\tswitch_mm(mm, &init_mm, current);\n\t\tfinish_arch_post_lock_switch();\n"
                + "\t\trecord_loaded_mm(&init_mm);\n\t}\n"), sched);
        assertTrue(sched.contains("\t\t\trq->prev_mm = current_active_mm();\n\t\t\tset_task_active_mm(prev, NULL);\n"
                + "\t\t}\n\t\trecord_loaded_mm(next->mm);\n\t}\n"), "prev's lazy mm goes to finish_task_switch(), not next's");
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("arch/Kconfig")).contains(
                "config MMU_LAZY_TLB_SHOOTDOWN\n\tbool\n\nconfig ARCH_NO_TASK_ACTIVE_MM\n\tbool\n\tdepends on !MMU_LAZY_TLB_SHOOTDOWN\n"));
        applyWithJGit(r.tree(), r.series(), dir.resolve("jgit"));
    }

    @Test
    void linux65ShapeArm64SeriesSwitchesEfiMmAndWritesTheRecordWithInterruptsOff(@TempDir Path dir) throws Exception {
        Path tree = KernelFixtures.shape("linux-6.5-shape");
        ScanResult scan;
        try (DirectoryTree t = new DirectoryTree(tree)) {
            scan = new Scanner(new ScanOptions(Scheme.SEED, List.of("arm64"), false)).scan(t, p -> true);
        }
        ArchPlan arm64 = new ArchPlan("arm64", Strategy.IPI_SCAN,
                List.of(new StrategyVerdict(Strategy.IPI_SCAN, true, "", "", Fixture.costs(0, 1, 3, 63, 1023))),
                List.of(), "arch/arm64/Kconfig", "arch/arm64/mm/context.c", "");
        Series s = Generated.series(MapTree.of(tree), scan, List.of(arm64), Fixture.options());
        assertEquals(Set.of(), handWork(s));

        Needs.that(GitCommandLine.available(), "the git command line");
        Path repo = GitAm.apply(MapTree.of(tree), s, dir);
        // read off the fixture: efi_virtmap_load() switches to efi_mm, efi_virtmap_unload() back to current's
        // member; efi_set_pgd() compares its argument with the member to choose the TTBR0 path
        String runtime = FixtureMarkers.withoutMarkerLines(repo.resolve("drivers/firmware/efi/arm-runtime.c"));
        assertTrue(runtime.contains("void efi_virtmap_load(void)\n{\n\tunsigned long flags;\n\n\tpreempt_disable();\n"
                + "\tflags = loaded_mm_switch_begin();\n\tefi_set_pgd(&efi_mm);\n\trecord_loaded_mm(&efi_mm);\n"
                + "\tloaded_mm_switch_end(flags);\n}\n"), runtime);
        assertTrue(runtime.contains("void efi_virtmap_unload(void)\n{\n\tunsigned long flags;\n\n"
                + "\tflags = loaded_mm_switch_begin();\n\trecord_loaded_mm(unborrow_mm(current_active_mm()));\n"
                + "\tefi_set_pgd(unborrow_mm(current_active_mm()));\n\tloaded_mm_switch_end(flags);\n"
                + "\tpreempt_enable();\n}\n"), runtime);
        assertTrue(runtime.contains("#include <linux/sched/mm.h>\n"), runtime);
        // read off the fixture: context.c does not include <linux/cpu.h>; the shoot-down takes no hotplug lock
        String context = FixtureMarkers.withoutMarkerLines(repo.resolve("arch/arm64/mm/context.c"));
        assertTrue(!context.contains("#include <linux/cpu.h>\n") && context.contains("\twait_for_cpus_leaving_mm(mm);\n"), context);
        // the end of the borrow goes to current->mm ?: &init_mm under the option, never the saved mm
        assertTrue(FixtureMarkers.withoutMarkerLines(repo.resolve("include/linux/sched/mm.h")).contains(
                "static inline struct mm_struct *unborrow_mm(struct mm_struct *saved)\n{\n\treturn current->mm ?: &init_mm;\n}\n"));
        String header = FixtureMarkers.withoutMarkerLines(repo.resolve("arch/arm64/include/asm/efi.h"));
        assertTrue(header.contains("\tif (mm != current_active_mm()) {\n"), header);
        assertTrue(header.contains("\t\tupdate_saved_ttbr0(current, current_active_mm());\n"), header);
        applyWithJGit(tree, s, dir.resolve("jgit"));
    }

    @Test
    void upstreamOnPowerpcHasNothingToSelectAndTheChecklistSaysSo() throws Exception {
        Path dir = KernelFixtures.shape("linux-6.5-shape");
        ScanResult scan = KernelFixtures.scan(dir, "upstream");
        ArchPlan powerpc = new ArchPlan("powerpc", Strategy.IPI_CPUMASK, Fixture.x86Verdicts(), List.of(),
                "arch/powerpc/Kconfig", "arch/powerpc/mm/tlb.c", "");
        GenerateOptions o = Fixture.options();
        Series s = Generated.series(MapTree.of(dir), scan, List.of(powerpc),
                new GenerateOptions(Scheme.UPSTREAM, o.signoff(), null, o.date(), false, false));
        // read off the fixture: arch/powerpc/Kconfig line 14 selects it if PPC_BOOK3S_64
        assertTrue(s.patches().stream().noneMatch(p -> new String(p.content(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("arch/powerpc/Kconfig")));
        String checklist = new String(s.files().get(s.files().size() - 1).content(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(checklist.contains("- [x] `select MMU_LAZY_TLB_SHOOTDOWN` in the main config entry of"
                + " `arch/powerpc/Kconfig`, last patch of the series for powerpc: the tree already has"
                + " `select MMU_LAZY_TLB_SHOOTDOWN           if PPC_BOOK3S_64`: nothing to do\n"), checklist);
    }
}
