package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.activemm.model.Strategy;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 6.x-shaped tree already has mmgrab_lazy_tlb() and MMU_LAZY_TLB_REFCOUNT: the series reuses them. */
class ModernTreeTest {
    private static final String HELPERS_H = """
            /* SPDX-License-Identifier: GPL-2.0 */
            #ifndef _LINUX_SCHED_MM_H
            #define _LINUX_SCHED_MM_H

            #include <linux/mm_types.h>

            static inline void mmgrab(struct mm_struct *mm)
            {
            \tatomic_inc(&mm->mm_count);
            }

            static inline void mmgrab_lazy_tlb(struct mm_struct *mm)
            {
            \tif (IS_ENABLED(CONFIG_MMU_LAZY_TLB_REFCOUNT))
            \t\tmmgrab(mm);
            }

            #endif /* _LINUX_SCHED_MM_H */
            """;

    private static final String ARCH_KCONFIG = """
            # SPDX-License-Identifier: GPL-2.0
            menu "General architecture-dependent options"

            config MMU_LAZY_TLB_REFCOUNT
            \tdef_bool y
            \tdepends on !MMU_LAZY_TLB_SHOOTDOWN

            config MMU_LAZY_TLB_SHOOTDOWN
            \tbool

            endmenu
            """;

    private static MapTree tree() {
        MapTree fixture = MapTree.fixture();
        // sched_init() grabs init_mm through the helper already, on the same line 55
        String core = fixture.text(Fixture.CORE).replace("\tmmgrab(&init_mm);\n", "\tmmgrab_lazy_tlb(&init_mm);\n");
        return fixture.with("include/linux/sched/mm.h", HELPERS_H).with("arch/Kconfig", ARCH_KCONFIG)
                .with(Fixture.CORE, core);
    }

    private static GenerateOptions options(Scheme scheme) {
        GenerateOptions o = Fixture.options();
        return new GenerateOptions(scheme, o.signoff(), null, o.date(), false, false);
    }

    private static ScanResult scan(Scheme scheme) {
        ScanResult s = Fixture.scan();
        return new ScanResult(s.tree(), s.revision(), scheme, s.arches(), s.findings(), s.skipped(), s.filesScanned());
    }

    private static String subject(SeriesFile f) {
        String t = new String(f.content(), StandardCharsets.UTF_8);
        return t.lines().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow().replaceFirst("^Subject: \\[(RFC )?PATCH [0-9/]+\\] ", "");
    }

    @Test
    void seedReusesTheHelpersAndTurnsTheRefcountOff(@TempDir Path dir) throws Exception {
        Series s = Generated.series(tree(), scan(Scheme.SEED),
                List.of(Fixture.x86(Strategy.PIGGYBACK)), options(Scheme.SEED));
        assertEquals("mm: make ARCH_NO_TASK_ACTIVE_MM turn off MMU_LAZY_TLB_REFCOUNT", subject(s.patches().get(2)));
        assertFalse(s.patches().stream().anyMatch(p -> subject(p).contains("add mmgrab_lazy_tlb")));

        tree().writeTo(dir);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile()).call()) {
            for (SeriesFile p : s.patches()) {
                git.apply().setPatch(new ByteArrayInputStream(p.content())).call();
            }
        }
        assertTrue(Files.readString(dir.resolve("arch/Kconfig")).contains("config MMU_LAZY_TLB_REFCOUNT\n\tdef_bool y\n"
                + "\tdepends on !MMU_LAZY_TLB_SHOOTDOWN && !ARCH_NO_TASK_ACTIVE_MM\n"));
        String header = Files.readString(dir.resolve("include/linux/sched/mm.h"));
        assertEquals(1, header.split("static inline void mmgrab_lazy_tlb", -1).length - 1, "no second definition");
        assertTrue(Files.readString(dir.resolve("kernel/exit.c")).contains("\tmmgrab_lazy_tlb(mm);\n"));
        assertTrue(Files.readString(dir.resolve(Fixture.CORE)).contains(
                "void __init sched_init(void)\n{\n\tmmgrab_lazy_tlb(&init_mm);\n"), "the helper compiles out: no guard");
        assertFalse(s.handWork().stream().anyMatch(h -> h.path().equals(Fixture.CORE) && h.line() == 55));
    }

    @Test
    void seedKeepsInterruptsOffOverActivateMmWhereTheTreeCanSayIt() {
        // 6.x exec_mmap() writes the record with interrupts off but turns them back on before
        // activate_mm() unless ARCH_WANT_IRQS_OFF_ACTIVATE_MM is set: the option must set it
        String kconfig = ARCH_KCONFIG.replace("config MMU_LAZY_TLB_REFCOUNT",
                "config ARCH_WANT_IRQS_OFF_ACTIVATE_MM\n\tbool\n\nconfig MMU_LAZY_TLB_REFCOUNT");
        Series s = Generated.series(tree().with("arch/Kconfig", kconfig), scan(Scheme.SEED),
                List.of(Fixture.x86(Strategy.PIGGYBACK)), options(Scheme.SEED));
        String first = new String(s.patches().get(0).content(), StandardCharsets.UTF_8);
        assertTrue(first.contains("+config ARCH_NO_TASK_ACTIVE_MM\n+\tbool\n+\tdepends on !MMU_LAZY_TLB_SHOOTDOWN\n"
                + "+\tselect ARCH_WANT_IRQS_OFF_ACTIVATE_MM\n"), first);

        Series without = Generated.series(tree(), scan(Scheme.SEED),
                List.of(Fixture.x86(Strategy.PIGGYBACK)), options(Scheme.SEED));
        assertFalse(new String(without.patches().get(0).content(), StandardCharsets.UTF_8).contains("IRQS_OFF"),
                "a tree without the option (4.19) gets no select of it");
    }

    @Test
    void upstreamSelectsTheShootdownOption() {
        Series s = Generated.series(tree(), scan(Scheme.UPSTREAM),
                List.of(Fixture.x86(Strategy.IPI_CPUMASK)), options(Scheme.UPSTREAM));
        assertEquals(List.of("mm: use mmgrab_lazy_tlb() and mmdrop_lazy_tlb()", "x86: select MMU_LAZY_TLB_SHOOTDOWN"),
                s.patches().stream().map(ModernTreeTest::subject).toList());
        String conversion = new String(s.patches().get(0).content(), StandardCharsets.UTF_8);
        assertTrue(conversion.contains("-\tmmgrab(&init_mm);\n+\tmmgrab_lazy_tlb(&init_mm);\n"
                + " \t/* expect: AMM005 grab cpu-bringup in=cpu_init col=2 seed=needs-change */\n \tme->active_mm = &init_mm;\n"),
                "x86's bring-up reference becomes a lazy one");
        String select = new String(s.patches().get(1).content(), StandardCharsets.UTF_8);
        assertTrue(select.contains(" \tselect ARCH_MIGHT_HAVE_PC_PARPORT\n"
                + " \tselect ARCH_USE_BUILTIN_BSWAP\n \tselect HAVE_EXAMPLE\n+\tselect MMU_LAZY_TLB_SHOOTDOWN\n"));
    }

    @Test
    void upstreamSaysNothingOfTheSeedScheme() {
        // the scan here still marks member uses needs-change: whatever the scan says, upstream keeps the member
        Series s = Generated.series(tree(), scan(Scheme.UPSTREAM), List.of(Fixture.x86(Strategy.IPI_CPUMASK)),
                options(Scheme.UPSTREAM));
        String select = new String(s.patches().get(1).content(), StandardCharsets.UTF_8);
        assertFalse(select.contains("Apply this patch only"), "the member stays: the select builds either way");
        String cover = new String(s.files().get(0).content(), StandardCharsets.UTF_8);
        String checklist = new String(s.files().get(s.files().size() - 1).content(), StandardCharsets.UTF_8);
        for (String text : List.of(cover, checklist, new ChecklistWriter(new Templates()).render(scan(Scheme.UPSTREAM),
                Fixture.x86(Strategy.IPI_CPUMASK), ChecklistWriter.Format.MARKDOWN))) {
            assertFalse(text.contains("#ifndef"), text);
            assertFalse(text.contains("ARCH_NO_TASK_ACTIVE_MM"), text);
        }
        assertTrue(cover.contains("  include/linux/sched.h:\n    12:21: task_struct(): [AMM001] review under"
                + " MMU_LAZY_TLB_SHOOTDOWN\n      (upstream keeps task_struct::active_mm)\n"), cover);
        assertTrue(checklist.contains("\n## Shootdown: upstream's cleanup_lazy_tlbs() IPIs mm_cpumask(mm)\n"), checklist);
        assertFalse(checklist.contains("arch_shoot_down_dead_mm"), checklist);
    }

    @Test
    void upstreamNeedsTheHelpersAndTheCpumaskStrategy() {
        SeriesGenerator g = new SeriesGenerator(new Templates());
        InputException old = assertThrows(InputException.class, () -> g.render(MapTree.fixture(), scan(Scheme.UPSTREAM),
                List.of(Fixture.x86(Strategy.IPI_CPUMASK)), options(Scheme.UPSTREAM)));
        assertTrue(old.getMessage().startsWith("scheme upstream needs a tree that has mmgrab_lazy_tlb()"));
        assertThrows(UsageException.class, () -> g.render(tree(), scan(Scheme.UPSTREAM),
                List.of(Fixture.x86(Strategy.PIGGYBACK)), options(Scheme.UPSTREAM)));
    }
}
