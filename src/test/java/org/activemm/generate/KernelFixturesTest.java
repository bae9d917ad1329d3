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
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Status;
import org.activemm.testing.Needs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The series for the shared fixture trees, scanned as their hand-written
 * expected findings say: it applies with git am and JGit, and exactly the
 * sites named here (read off the fixture files) are converted mechanically.
 */
class KernelFixturesTest {

    private record Run(Path tree, ScanResult scan, Series series) {
    }

    private static Run run(String shape) throws IOException {
        Path dir = KernelFixtures.shape(shape);
        ScanResult scan = KernelFixtures.scan(dir.resolve("expected-findings.tsv"), Scheme.SEED, List.of("x86"));
        Series s = Generated.series(MapTree.of(dir), scan,
                List.of(Fixture.x86(Strategy.PIGGYBACK)), Fixture.options());
        return new Run(dir, scan, s);
    }

    /** The sites the series must leave for hand work: all that need a change except {@code mechanical}. */
    private static Set<String> expectedHandWork(ScanResult scan, Set<String> mechanical) {
        Set<String> out = new TreeSet<>();
        for (Finding f : scan.findings()) {
            boolean ours = f.scope().equals("core") || f.scope().equals("drivers") || f.scope().equals("arch/x86");
            String key = f.path() + ":" + f.line() + " " + f.rule();
            if (ours && f.status() == Status.NEEDS_CHANGE && !mechanical.contains(key)) {
                out.add(key);
            }
        }
        return out;
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
        // read off the fixture: the declaration, the initializer, five plain mmgrab()/mmdrop() calls,
        // x86's two bring-up lines, idle_task_exit()'s write after switch_mm() and sched_init()'s grab
        Set<String> mechanical = Set.of("include/linux/sched.h:36 AMM001", "init/init_task.c:31 AMM002",
                "fs/exec.c:46 AMM004", "kernel/sched/core.c:36 AMM004", "kernel/sched/core.c:62 AMM004",
                "mm/mmu_context.c:26 AMM004", "mm/mmu_context.c:37 AMM004",
                "arch/x86/kernel/cpu/common.c:27 AMM005", "arch/x86/kernel/cpu/common.c:28 AMM005",
                "kernel/sched/core.c:94 AMM005", "kernel/sched/core.c:116 AMM005");
        assertEquals(expectedHandWork(r.scan(), mechanical), handWork(r.series()));

        Needs.that(GitCommandLine.available(), "the git command line");
        Path repo = GitAm.apply(MapTree.of(r.tree()), r.series(), dir);
        assertTrue(Files.readString(repo.resolve("arch/x86/Kconfig")).contains(
                "\tselect ARCH_MIGHT_HAVE_PC_PARPORT\n\tselect ARCH_NO_TASK_ACTIVE_MM\n\tselect HAVE_ARCH_TRACEHOOK\n"));
        assertTrue(Files.readString(repo.resolve("kernel/fork.c")).contains(
                "\texit_mmap(mm);\n\tarch_shoot_down_dead_mm(mm);\n\tmm_put_huge_zero_page(mm);\n"));
        assertTrue(Files.readString(repo.resolve("fs/exec.c")).contains("\tmmdrop_lazy_tlb(active_mm);\n"));
        assertTrue(Files.readString(repo.resolve("include/linux/sched/mm.h"))
                .contains("static inline void mmgrab_lazy_tlb(struct mm_struct *mm)\n"));
        applyWithJGit(r.tree(), r.series(), dir.resolve("jgit"));
    }

    @Test
    void linux65ShapeSeriesReusesTheHelpers(@TempDir Path dir) throws Exception {
        Run r = run("linux-6.5-shape");
        // every AMM004 site already calls a lazy helper, which MMU_LAZY_TLB_REFCOUNT=n compiles out;
        // finish_cpu()'s mmdrop_lazy_tlb(mm) and sched_init()'s mmgrab_lazy_tlb(&init_mm) likewise
        Set<String> mechanical = Set.of("include/linux/sched.h:29 AMM001", "init/init_task.c:26 AMM002",
                "fs/exec.c:57 AMM004", "kernel/exit.c:26 AMM004", "kernel/kthread.c:40 AMM004",
                "kernel/kthread.c:61 AMM004", "kernel/sched/core.c:35 AMM004", "kernel/sched/core.c:63 AMM004",
                "arch/x86/kernel/cpu/common.c:30 AMM005", "arch/x86/kernel/cpu/common.c:31 AMM005",
                "kernel/cpu.c:19 AMM005", "kernel/sched/core.c:121 AMM005");
        assertEquals(expectedHandWork(r.scan(), mechanical), handWork(r.series()));

        Needs.that(GitCommandLine.available(), "the git command line");
        Path repo = GitAm.apply(MapTree.of(r.tree()), r.series(), dir);
        assertTrue(Files.readString(repo.resolve("arch/Kconfig")).contains(
                "config MMU_LAZY_TLB_REFCOUNT\n\tdef_bool y\n\tdepends on !MMU_LAZY_TLB_SHOOTDOWN && !ARCH_NO_TASK_ACTIVE_MM\n"));
        assertTrue(Files.readString(repo.resolve("arch/x86/Kconfig")).contains(
                "\tselect ARCH_HAS_MEMBARRIER_SYNC_CORE\n\tselect ARCH_NO_TASK_ACTIVE_MM\n\tselect ARCH_WANT_IRQS_OFF_ACTIVATE_MM\n"));
        applyWithJGit(r.tree(), r.series(), dir.resolve("jgit"));
    }
}
