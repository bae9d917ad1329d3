package org.activemm.series.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.activemm.series.FixtureRepos;
import org.activemm.sites.Finding;
import org.activemm.sites.Role;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.sites.Scheme;
import org.activemm.sites.Status;
import org.activemm.testing.FixtureMarkers;
import org.activemm.tree.GlobPathFilter;
import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeFactsTest {
    private static final Path TREE = Path.of("kernel-fixtures/linux-4.19-shape");
    private static final String EFI = "arch/x86/platform/efi/efi_64.c";

    private static List<Integer> needsChangeLines(TreeFacts facts, String path) {
        return facts.findings(path).stream().filter(f -> f.status() == Status.NEEDS_CHANGE).map(Finding::line).toList();
    }

    @Test
    void theBaseIsReadInOneWalkAndEachStepOnlyFromTheFilesItTouches() throws Exception {
        try (CountingTree base = new CountingTree(SourceTrees.open(TREE, null))) {
            TreeFacts facts = TreeFacts.ofBase(base, new Scanner(new ScanOptions(Scheme.SEED, List.of("x86"), false)));
            assertEquals(1, base.walks.get());
            assertEquals(1, base.mostWalkReadsOfOneFile(), "the scan and the Kconfig index share the walk");
            assertTrue(base.walkReads.containsKey("arch/x86/Kconfig"));
            assertTrue(facts.kconfig().defines("X86_64"));
            assertTrue(facts.kconfig().defines("PPC_PMAC"), "from arch/powerpc/platforms/powermac/Kconfig");
            assertFalse(facts.kconfig().defines("ARCH_NO_TASK_ACTIVE_MM"));
            assertFalse(facts.shootDowns().defines("x86"));
            // efi_switch_mm reads and writes current->active_mm: the needs-change markers of efi_64.c
            List<Integer> efiSites = FixtureMarkers.expected(TREE, "seed").stream()
                    .filter(e -> e.path().equals(EFI) && e.status().equals("needs-change")).map(e -> e.line()).toList();
            assertEquals(2, efiSites.size());
            assertEquals(efiSites, needsChangeLines(facts, EFI));

            OverlayTree step = new OverlayTree(base)
                    .with("arch/Kconfig", "config ARCH_NO_TASK_ACTIVE_MM\n\tbool\n")
                    .with("arch/x86/mm/tlb.c", "#include <linux/mm.h>\n\nvoid arch_shoot_down_dead_mm(struct mm_struct *mm)\n"
                            + "{\n\ton_each_cpu_mask(mm_cpumask(mm), leave_lazy, mm, true);\n}\n")
                    .with(EFI, "static void efi_switch_mm(struct mm_struct *mm)\n{\n"
                            + "#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM\n\tefi_scratch.prev_mm = current->active_mm;\n#endif\n}\n"
                            + "static void efi_new_user(void)\n{\n\tprintk(\"%p\", current->active_mm);\n}\n");
            facts.update(step, List.of("arch/Kconfig", "arch/x86/mm/tlb.c", EFI));
            assertEquals(1, base.walks.get(), "a step never walks the tree");
            assertTrue(facts.kconfig().defines("ARCH_NO_TASK_ACTIVE_MM"));
            assertFalse(facts.kconfig().defines("HOTPLUG_SMT"), "arch/Kconfig's old symbols are gone");
            assertTrue(facts.shootDowns().defines("x86"));
            assertEquals(List.of(9), needsChangeLines(facts, EFI));
            assertTrue(needsChangeLines(facts, "arch/x86/kernel/ldt.c").contains(18), "untouched files keep their findings");

            facts.update(new OverlayTree(base).with("arch/x86/mm/tlb.c", null), List.of("arch/x86/mm/tlb.c"));
            assertFalse(facts.shootDowns().defines("x86"));
        }
    }

    @Test
    void aStepJudgesOtherFilesAgainOnlyWhenWhatDecidesTheirStatusChanges() throws Exception {
        try (CountingTree base = new CountingTree(SourceTrees.open(TREE, null))) {
            TreeFacts facts = TreeFacts.ofBase(base, new Scanner(new ScanOptions(Scheme.SEED, List.of("x86"), false)));
            List<String> grabsAndDrops = facts.findings().stream()
                    .filter(f -> f.role() == Role.GRAB || f.role() == Role.DROP).map(Finding::path).distinct().toList();
            assertFalse(grabsAndDrops.isEmpty());
            assertFalse(facts.findings("drivers/misc/lazy_mm_stat.c").isEmpty());
            String x86Kconfig = new String(base.read("arch/x86/Kconfig").orElseThrow(), StandardCharsets.ISO_8859_1);
            String mmKconfig = new String(base.read("mm/Kconfig").orElseThrow(), StandardCharsets.ISO_8859_1);

            // a select in arch/x86/Kconfig decides no driver's arch and no lazy helper: nothing else is read
            base.pathReads.clear();
            facts.update(new OverlayTree(base).with("arch/x86/Kconfig", x86Kconfig + "\nconfig X86_NEW\n\tbool\n"),
                    List.of("arch/x86/Kconfig"));
            assertTrue(base.pathReads.keySet().stream().noneMatch(p -> p.startsWith("drivers/")
                    || grabsAndDrops.contains(p)), base.pathReads.toString());
            assertTrue(facts.kconfig().defines("X86_NEW"));

            // a drivers/ Kconfig says which arch builds a driver: the drivers are judged again
            base.pathReads.clear();
            facts.update(new OverlayTree(base).with("drivers/misc/Kconfig", "config LAZY_MM_STAT\n\tbool\n"),
                    List.of("drivers/misc/Kconfig"));
            assertTrue(base.pathReads.containsKey("drivers/misc/lazy_mm_stat.c"), base.pathReads.toString());

            // MMU_LAZY_TLB_REFCOUNT off under the option makes every lazy helper converted: grabs and drops again
            base.pathReads.clear();
            facts.update(new OverlayTree(base).with("mm/Kconfig", mmKconfig
                    + "\nconfig MMU_LAZY_TLB_REFCOUNT\n\tdef_bool y\n\tdepends on !ARCH_NO_TASK_ACTIVE_MM\n"),
                    List.of("mm/Kconfig"));
            assertTrue(base.pathReads.keySet().containsAll(grabsAndDrops), base.pathReads + " " + grabsAndDrops);
        }
    }

    /**
     * A scanner that knows the base's files by blob id (an earlier scan of the
     * base, as trend makes per revision) still lets the base walk's index see
     * the files the scan reads: else it misses the header whose helpers
     * compile out under the option, a step rescans exit.c without it, and
     * exit_mm()'s mmgrab_lazy_tlb() needs a change again.
     */
    @Test
    void aScannerThatKnowsTheBaseAlreadyFindsTheSameFacts(@TempDir Path temp) throws Exception {
        Path repo = FixtureRepos.commit(FixtureRepos.shape("linux-6.5-shape"), temp.resolve("repo"));
        Path header = repo.resolve("include/linux/sched/mm.h");
        Files.writeString(header, Files.readString(header).replace("IS_ENABLED(CONFIG_MMU_LAZY_TLB_REFCOUNT)",
                "!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM)"));
        try (Git git = Git.open(repo.toFile())) {
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org");
            git.commit().setAll(true).setMessage("helpers off").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        ScanOptions options = new ScanOptions(Scheme.SEED, List.of("x86"), false);
        try (SourceTree base = SourceTrees.open(repo, "HEAD")) {
            String exit = new String(base.read("kernel/exit.c").orElseThrow(), StandardCharsets.UTF_8);
            OverlayTree step = new OverlayTree(base).with("kernel/exit.c", exit + "/* touched */\n");

            TreeFacts fresh = TreeFacts.ofBase(base, new Scanner(options));
            assertEquals(Status.CONVERTED, exitMmGrab(fresh));
            fresh.update(step, List.of("kernel/exit.c"));
            assertEquals(Status.CONVERTED, exitMmGrab(fresh));

            Scanner knowing = new Scanner(options);
            knowing.scan(base, GlobPathFilter.sources());
            TreeFacts reused = TreeFacts.ofBase(base, knowing);
            assertEquals(Status.CONVERTED, exitMmGrab(reused));
            reused.update(step, List.of("kernel/exit.c"));
            assertEquals(Status.CONVERTED, exitMmGrab(reused), "mm.h is rescanned with exit.c");
            assertEquals(fresh.findings(), reused.findings());
        }
    }

    /**
     * At a git base a step judges the files the series left alone again from
     * what the base's scan found in them, by blob id, without reading them:
     * here the driver, once its Kconfig entry says only a PowerMac builds it.
     */
    @Test
    void aStepJudgesAnUnchangedDriverAgainWithoutReadingIt(@TempDir Path temp) throws Exception {
        String driver = "drivers/misc/lazy_mm_stat.c";
        String kconfig = "config LAZY_MM_STAT\n\ttristate\n\tdepends on PPC_PMAC\n";
        Path repo = FixtureRepos.commit(TREE, temp.resolve("repo"));
        try (CountingTree base = new CountingTree(SourceTrees.open(repo, "HEAD"))) {
            TreeFacts facts = TreeFacts.ofBase(base, new Scanner(new ScanOptions(Scheme.SEED, List.of("x86"), false)));
            assertEquals(List.of(14), needsChangeLines(facts, driver), "the read the AMM011 marker of the fixture names");
            base.pathReads.clear();
            facts.update(new OverlayTree(base).with("drivers/misc/Kconfig", kconfig), List.of("drivers/misc/Kconfig"));
            assertEquals(List.of(), needsChangeLines(facts, driver), "x86 does not build it");
            assertEquals(List.of(14), facts.findings(driver).stream().map(Finding::line).toList());
            assertFalse(base.pathReads.containsKey(driver), base.pathReads.toString());
        }
    }

    /** The status of exit_mm()'s mmgrab_lazy_tlb(mm) (kernel/exit.c:26 of the fixture). */
    private static Status exitMmGrab(TreeFacts facts) {
        return facts.findings("kernel/exit.c").stream().filter(f -> f.line() == 26 && f.role() == Role.GRAB)
                .map(Finding::status).findFirst().orElseThrow();
    }
}
