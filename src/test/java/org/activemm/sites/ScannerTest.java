package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.activemm.testing.FixtureMarkers;
import org.junit.jupiter.api.Test;

/** Each snippet carries the findings it expects as expect: markers under their lines (docs/fixtures.md). */
class ScannerTest {
    /** The scans the markers name: a scheme, or one of the cases that scan the lazy helper calls. */
    private static final List<String> SCANS = List.of("seed", "upstream", "notes", "option", "kconfig", "refcount");

    private static ScanResult scan(MapSourceTree tree, Scheme scheme, List<String> arches, boolean notes)
            throws IOException {
        return new Scanner(new ScanOptions(scheme, arches, notes)).scan(tree, p -> true);
    }

    private static List<Finding> seed(MapSourceTree tree) throws IOException {
        return scan(tree, Scheme.SEED, List.of("x86"), false).findings();
    }

    /** Asserts that {@code findings} are exactly what the markers in {@code tree} expect from scan {@code label}. */
    private static void assertMarkers(MapSourceTree tree, String label, List<Finding> findings) {
        List<String> expected = tree.paths().stream()
                .flatMap(p -> FixtureMarkers.expected(p, new String(tree.read(p).orElseThrow(), StandardCharsets.UTF_8),
                        SCANS, label).stream())
                .sorted(FixtureMarkers.BY_PLACE).map(FixtureMarkers.Expected::row).toList();
        assertEquals(expected, findings.stream().map(FixtureMarkers::of).sorted(FixtureMarkers.BY_PLACE)
                .map(FixtureMarkers.Expected::row).toList());
    }

    @Test
    void contextSwitchHandoff() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("kernel/sched/core.c", """
                static void context_switch(struct rq *rq, struct task_struct *prev, struct task_struct *next)
                {
                	struct mm_struct *mm, *oldmm;

                	mm = next->mm;
                	oldmm = prev->active_mm;
                	/* expect: AMM003 read lazy-switch in=context_switch col=16 seed=needs-change */
                	if (!mm) {
                		next->active_mm = oldmm;
                		/* expect: AMM003 write lazy-switch in=context_switch col=9 seed=needs-change */
                		mmgrab(oldmm);
                		/* expect: AMM004 grab lazy-switch in=context_switch col=3 seed=needs-change */
                		enter_lazy_tlb(oldmm, next);
                		/* expect: AMM012 lazy-enter lazy-switch in=context_switch col=3 seed=info */
                	}
                	if (!prev->mm) {
                		prev->active_mm = NULL;
                		/* expect: AMM003 write lazy-switch in=context_switch col=9 seed=needs-change */
                		rq->prev_mm = oldmm;
                	}
                }
                static void finish_task_switch(struct rq *rq)
                {
                	struct mm_struct *mm = rq->prev_mm;

                	if (mm)
                		mmdrop(mm);
                		/* expect: AMM004 drop lazy-switch in=finish_task_switch col=3 seed=needs-change */
                }
                """);
        List<Finding> f = seed(tree);
        assertMarkers(tree, "seed", f);
        assertEquals(Level.WARNING, f.get(0).level());
    }

    @Test
    void declarationInitializerAndOffsets() throws IOException {
        MapSourceTree tree = new MapSourceTree()
                .with("include/linux/sched.h", """
                        #ifndef _LINUX_SCHED_H
                        #define _LINUX_SCHED_H
                        struct task_struct {
                        	struct mm_struct		*mm;
                        	struct mm_struct		*active_mm;
                        	/* expect: AMM001 decl other in=task_struct col=21 seed=needs-change */
                        };
                        struct other { int active_mm_count; };
                        #endif
                        """)
                .with("init/init_task.c", "struct task_struct init_task = {\n\t.mm = NULL,\n\t.active_mm = &init_mm,\n"
                        + "\t/* expect: AMM002 init other in=init_task col=3 seed=needs-change */\n};\n")
                .with("arch/arm/kernel/asm-offsets.c",
                        "int main(void)\n{\n  DEFINE(TSK_ACTIVE_MM,\t\toffsetof(struct task_struct, active_mm));\n"
                        + "  /* expect: AMM010 offsetof other in=main col=55 seed=needs-change */\n}\n")
                .with("arch/arm/mm/proc-macros.S", """
                        /* act_mm - get current->active_mm */
                        	.macro	act_mm, rd
                        	ldr	\\rd, [\\rd, #TSK_ACTIVE_MM]
                        	/* expect: AMM010 read loaded-mm in=act_mm col=18 seed=needs-change */
                        	.endm
                        """)
                .with("arch/arm/mm/tlb-v4.S", "ENTRY(v4_flush)\n\tact_mm\tr3\t\t@ get current->active_mm\n");
        List<Finding> f = scan(tree, Scheme.SEED, List.of("arm"), false).findings();
        assertMarkers(tree, "seed", f);
        assertEquals("arch/arm/kernel/asm-offsets.c", f.get(0).path());
        assertTrue(f.get(0).message().contains("TSK_ACTIVE_MM"));
    }

    @Test
    void bringUpAndTeardown() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("arch/x86/kernel/smpboot.c", """
                static void start_secondary(void *unused)
                {
                	mmgrab(&init_mm);
                	/* expect: AMM005 grab cpu-bringup in=start_secondary col=2 seed=needs-change */
                	current->active_mm = &init_mm;
                	/* expect: AMM005 write cpu-bringup in=start_secondary col=11 seed=needs-change */
                	mmget(&init_mm);
                }
                void play_dead_common(void)
                {
                	struct mm_struct *mm = current->active_mm;
                	/* expect: AMM005 read cpu-teardown in=play_dead_common col=34 seed=needs-change */
                	mm = &init_mm;
                	mmdrop(mm);
                	/* expect: AMM005 drop cpu-teardown in=play_dead_common col=2 seed=needs-change */
                }
                void smp_callin(void)
                {
                	atomic_inc(&init_mm.mm_count);
                	/* expect: AMM005 grab cpu-bringup in=smp_callin col=2 seed=needs-change */
                	current->active_mm = &init_mm;
                	/* expect: AMM005 write cpu-bringup in=smp_callin col=11 seed=needs-change */
                }
                """);
        assertMarkers(tree, "seed", seed(tree));
    }

    @Test
    void localsAndOtherStructsAreNotSites() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("mm/mmu_context.c", """
                void use_mm(struct mm_struct *mm)
                {
                	struct mm_struct *active_mm;
                	struct task_struct *tsk = current;

                	active_mm = tsk->active_mm;
                	/* expect: AMM006 read kthread-mm in=use_mm col=19 seed=needs-change */
                	if (active_mm != mm) {
                		mmgrab(mm);
                		/* expect: AMM004 grab kthread-mm in=use_mm col=3 seed=needs-change */
                		tsk->active_mm = mm;
                		/* expect: AMM006 write kthread-mm in=use_mm col=8 seed=needs-change */
                	}
                	tsk->mm = mm;
                	switch_mm(active_mm, mm, tsk);
                	if (active_mm != mm)
                		mmdrop(active_mm);
                		/* expect: AMM004 drop kthread-mm in=use_mm col=3 seed=needs-change */
                	printk("active_mm %p\\n", s->active_mm_count);
                }
                """);
        assertMarkers(tree, "seed", seed(tree));
    }

    @Test
    void grabThatBacksTheTasksMmIsNotASite() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("kernel/kthread.c", """
                void kthread_use_mm(struct mm_struct *mm)
                {
                	struct mm_struct *active_mm;
                	struct task_struct *tsk = current;

                	mmgrab(mm);
                	task_lock(tsk);
                	active_mm = tsk->active_mm;
                	/* expect: AMM006 read kthread-mm in=kthread_use_mm col=19 seed=needs-change */
                	tsk->active_mm = mm;
                	/* expect: AMM006 write kthread-mm in=kthread_use_mm col=7 seed=needs-change */
                	tsk->mm = mm;
                	mmdrop_lazy_tlb(active_mm);
                	/* expect: AMM004 drop kthread-mm in=kthread_use_mm col=2 seed=needs-change */
                }
                static void kthread_keep_mm(void)
                {
                	x = current->active_mm;
                	/* expect: AMM006 read kthread-mm in=kthread_keep_mm col=15 seed=needs-change */
                }
                static int lazy_mm_show(struct seq_file *m, void *v)
                {
                	seq_printf(m, "%px", current->active_mm);
                	/* expect: AMM011 read debug in=lazy_mm_show col=32 seed=needs-change */
                }
                #define SWITCH_ENTER_MM(next) \\
                	cpumask_set_cpu(smp_processor_id(), mm_cpumask((next)->active_mm))
                /* expect: AMM008 read loaded-mm in=SWITCH_ENTER_MM col=57 seed=needs-change */
                """);
        assertMarkers(tree, "seed", seed(tree));
    }

    @Test
    void purposesFromContext() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("kernel/exit.c", """
                static void exit_mm(void)
                {
                	struct mm_struct *mm = current->mm;
                	mmgrab(mm);
                	/* expect: AMM004 grab fork-exit in=exit_mm col=2 seed=needs-change */
                	BUG_ON(mm != current->active_mm);
                	/* expect: AMM009 read assertion in=exit_mm col=24 seed=needs-change */
                	enter_lazy_tlb(mm, current);
                	/* expect: AMM012 lazy-enter fork-exit in=exit_mm col=2 seed=info */
                }
                static void xmon_show(void)
                {
                	pr_info("%p", current->active_mm);
                	/* expect: AMM011 read debug in=xmon_show col=25 seed=needs-change */
                }
                static void helper(void)
                {
                	switch_mm(NULL, current->active_mm, NULL);
                	/* expect: AMM008 read loaded-mm in=helper col=27 seed=needs-change */
                	x = current->active_mm;
                	/* expect: AMM013 read other in=helper col=15 seed=needs-change */
                }
                """);
        List<Finding> f = seed(tree);
        assertMarkers(tree, "seed", f);
        assertTrue(f.get(5).message().contains("helper"), f.get(5).message());
    }

    @Test
    void seedGuardsAndDeadCodeAndOtherArches() throws IOException {
        MapSourceTree tree = new MapSourceTree()
                .with("kernel/sched/core.c", """
                        void context_switch(struct task_struct *prev, struct task_struct *next)
                        {
                        #ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM
                        	next->active_mm = prev->active_mm;
                        	/* expect: AMM003 write lazy-switch in=context_switch col=8 if=!CONFIG_ARCH_NO_TASK_ACTIVE_MM seed=converted */
                        	/* expect: AMM003 read lazy-switch in=context_switch col=26 if=!CONFIG_ARCH_NO_TASK_ACTIVE_MM seed=converted */
                        #endif
                        	if (!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM))
                        		mmgrab(prev->active_mm);
                        		/* expect: AMM004 grab lazy-switch in=context_switch col=3 if=!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM) seed=converted */
                        		/* expect: AMM003 read lazy-switch in=context_switch col=16 if=!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM) seed=converted */
                        #if 0
                        	prev->active_mm = NULL;
                        	/* expect: AMM003 write lazy-switch in=context_switch col=8 if=0 seed=info */
                        #endif
                        }
                        """)
                .with("arch/sparc/kernel/smp_64.c", "void smp_callin(void)\n{\n\tcurrent->active_mm = &init_mm;\n"
                        + "\t/* expect: AMM005 write cpu-bringup in=smp_callin col=11 seed=info */\n}\n");
        List<Finding> f = scan(tree, Scheme.SEED, List.of("x86"), false).findings();
        assertMarkers(tree, "seed", f);
        assertEquals(Level.NOTE, f.get(0).level());
    }

    @Test
    void upstreamHelpersAndRefcountGuard() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("kernel/sched/core.c", """
                void context_switch(struct task_struct *prev, struct task_struct *next)
                {
                	mmgrab_lazy_tlb(prev->active_mm);
                	/* expect: AMM004 grab lazy-switch in=context_switch col=2 upstream=converted seed=needs-change */
                	/* expect: AMM003 read lazy-switch in=context_switch col=24 upstream=info seed=needs-change */
                #ifdef CONFIG_MMU_LAZY_TLB_REFCOUNT
                	mmdrop(prev->active_mm);
                	/* expect: AMM004 drop lazy-switch in=context_switch col=2 if=CONFIG_MMU_LAZY_TLB_REFCOUNT upstream=converted seed=needs-change */
                	/* expect: AMM003 read lazy-switch in=context_switch col=15 if=CONFIG_MMU_LAZY_TLB_REFCOUNT upstream=converted seed=needs-change */
                #endif
                }
                """);
        assertMarkers(tree, "upstream", scan(tree, Scheme.UPSTREAM, List.of(), false).findings());
        assertMarkers(tree, "seed", scan(tree, Scheme.SEED, List.of(), false).findings());
    }

    @Test
    void driverBuiltOnlyForOtherArchesIsInfo() throws IOException {
        MapSourceTree tree = new MapSourceTree()
                .with("drivers/macintosh/Makefile", "obj-$(CONFIG_ADB_PMU)\t\t+= via-pmu.o via-pmu-event.o\n")
                .with("drivers/macintosh/Kconfig", """
                        menuconfig MACINTOSH_DRIVERS
                        	bool "Macintosh device drivers"
                        	depends on PPC || MAC || X86
                        if MACINTOSH_DRIVERS
                        config ADB_PMU
                        	bool "Support for PMU based PowerMacs"
                        	depends on PPC_PMAC || MAC
                        	help
                        	  if unsure, say Y.
                        endif
                        """)
                .with("drivers/macintosh/via-pmu.c", "static int powerbook_sleep(void)\n{\n\tswitch_mmu_context(NULL, current->active_mm, NULL);\n}\n")
                .with("drivers/misc/other.c", "void f(void)\n{\n\tx = current->active_mm;\n}\n");
        List<Finding> x86 = scan(tree, Scheme.SEED, List.of("x86"), false).findings();
        assertEquals(Status.INFO, x86.get(0).status());
        assertTrue(x86.get(0).message().contains("m68k, powerpc"), x86.get(0).message());
        assertEquals(Status.NEEDS_CHANGE, x86.get(1).status());
        List<Finding> ppc = scan(tree, Scheme.SEED, List.of("powerpc"), false).findings();
        assertEquals(Status.NEEDS_CHANGE, ppc.get(0).status());
        assertEquals("drivers", ppc.get(0).scope().word());
    }

    @Test
    void commentMentionsOnlyWithNotes() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("mm/x.c", """
                /* the active_mm
                 * expect: AMM014 note col=8 notes=info
                 * is borrowed; see active_mm.rst
                 * expect: AMM014 note col=21 notes=info
                 */
                int a; // not active_mm_count
                """);
        assertEquals(List.of(), scan(tree, Scheme.SEED, List.of(), false).findings());
        List<Finding> notes = scan(tree, Scheme.SEED, List.of(), true).findings();
        assertMarkers(tree, "notes", notes);
        assertEquals(Level.NOTE, notes.get(0).level());
        assertTrue(notes.get(0).isNote());
    }

    @Test
    void aMentionBeforeNonAsciiPunctuationIsAWordAndItsColumnCountsCharacters() throws IOException {
        // the full-width comma of a translated comment ends the word; the em dash before it is one column
        MapSourceTree tree = new MapSourceTree().with("kernel/x.c",
                "int a; /* \u2014 active_mm\uff0c lazy */\n/* expect: AMM014 note col=13 notes=info */\n"
                        + "/*\n * \u00e9t\u00e9 active_mm\uff1a x\n * expect: AMM014 note col=8 notes=info\n */\n");
        assertMarkers(tree, "notes", scan(tree, Scheme.SEED, List.of(), true).findings());
    }

    @Test
    void countsFilesHandedOverAndSkipsNothingReadable() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("a.c", "int a;").with("b.h", "int b;").with("README", "x");
        ScanResult r = scan(tree, Scheme.SEED, List.of(), false);
        assertEquals(3, r.filesScanned());
        ScanResult sourcesOnly = new Scanner(new ScanOptions(Scheme.SEED, List.of(), false))
                .scan(tree, p -> !p.equals("README"));
        assertEquals(2, sourcesOnly.filesScanned());
        assertEquals(List.of(), r.skipped());
        assertEquals("memory", r.tree());
    }

    @Test
    void printedValuesAreDebugReadsWhateverTheFunction() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("arch/x86/kernel/smp.c", """
                void smp_callin(void)
                {
                	current->active_mm = &init_mm;
                	/* expect: AMM005 write cpu-bringup in=smp_callin col=11 seed=needs-change */
                	printk(KERN_INFO "mm %p\\n", current->active_mm);
                	/* expect: AMM011 read debug in=smp_callin col=39 seed=needs-change */
                }
                """);
        assertMarkers(tree, "seed", seed(tree));
    }

    @Test
    void bringUpGrabThroughALocalPointingAtInitMm() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("arch/x86/kernel/smpboot.c", """
                static void notrace start_secondary(void *unused)
                {
                	struct mm_struct *mm = &init_mm;

                	mmgrab(mm);
                	/* expect: AMM005 grab cpu-bringup in=start_secondary col=2 seed=needs-change */
                	mmget(mm);
                	current->active_mm = mm;
                	/* expect: AMM005 write cpu-bringup in=start_secondary col=11 seed=needs-change */
                	enter_lazy_tlb(mm, current);
                	/* expect: AMM012 lazy-enter cpu-bringup in=start_secondary col=2 seed=info */
                }
                static void unrelated(struct mm_struct *mm)
                {
                	mm = &init_mm;
                	mmgrab(mm);
                }
                """);
        assertMarkers(tree, "seed", seed(tree));
    }

    @Test
    void driverArchesThroughCompositeObjectsAndSourcedKconfig() throws IOException {
        MapSourceTree tree = new MapSourceTree()
                .with("drivers/firmware/efi/Makefile", """
                        arm-obj-$(CONFIG_EFI)		:= arm-init.o arm-runtime.o
                        obj-$(CONFIG_ARM)		+= $(arm-obj-y)
                        obj-$(CONFIG_ARM64)		+= $(arm-obj-y)
                        """)
                .with("drivers/firmware/efi/arm-runtime.c",
                        "void efi_virtmap_unload(void)\n{\n\tefi_set_pgd(current->active_mm);\n}\n")
                .with("drivers/cpufreq/Makefile", "obj-$(CONFIG_CPU_FREQ_PMAC)\t\t+= pmac32-cpufreq.o\n")
                .with("drivers/cpufreq/Kconfig", "menu \"PowerPC\"\ndepends on PPC32 || PPC64\nsource \"drivers/cpufreq/Kconfig.powerpc\"\nendmenu\n")
                .with("drivers/cpufreq/Kconfig.powerpc", "config CPU_FREQ_PMAC\n\tbool \"PMAC\"\n\tdepends on ADB_PMU\n")
                .with("drivers/cpufreq/pmac32-cpufreq.c",
                        "static int pmu_set_cpu_speed(int low)\n{\n\tswitch_mmu_context(NULL, current->active_mm, NULL);\n}\n");
        List<Finding> x86 = scan(tree, Scheme.SEED, List.of("x86"), false).findings();
        assertEquals(List.of("drivers/cpufreq/pmac32-cpufreq.c info", "drivers/firmware/efi/arm-runtime.c info"),
                x86.stream().map(f -> f.path() + " " + f.status().word()).toList());
        assertTrue(x86.get(1).message().contains("arm, arm64"), x86.get(1).message());
        List<Finding> arm64 = scan(tree, Scheme.SEED, List.of("arm64"), false).findings();
        assertEquals(List.of("drivers/cpufreq/pmac32-cpufreq.c info", "drivers/firmware/efi/arm-runtime.c needs-change"),
                arm64.stream().map(f -> f.path() + " " + f.status().word()).toList());
        assertEquals(Purpose.EFI, arm64.get(1).purpose());
    }
    /**
     * Core calls of the three lazy helpers: a drop, a _sched drop and a grab whose argument is a member read;
     * each marker names its status in the cases below: the seed option tested in the helpers ({@code option}),
     * refcounting turned off through Kconfig ({@code kconfig}), helpers guarded by the refcount option only
     * ({@code refcount}), and the upstream scheme.
     */
    private static MapSourceTree lazyHelperCalls() {
        return new MapSourceTree().with("kernel/sched/core.c", """
                static void finish_task_switch(struct rq *rq)
                {
                	struct mm_struct *mm = rq->prev_mm;

                	if (mm) {
                		mmdrop_lazy_tlb(mm);
                		/* expect: AMM004 drop lazy-switch in=finish_task_switch col=3 option=converted kconfig=converted refcount=needs-change upstream=converted */
                		mmdrop_lazy_tlb_sched(mm);
                		/* expect: AMM004 drop lazy-switch in=finish_task_switch col=3 option=needs-change kconfig=converted refcount=needs-change upstream=converted */
                	}
                }
                static void context_switch(struct task_struct *prev, struct task_struct *next)
                {
                	if (!next->mm)
                		mmgrab_lazy_tlb(prev->active_mm);
                		/* expect: AMM004 grab lazy-switch in=context_switch col=3 option=converted kconfig=converted refcount=needs-change upstream=converted */
                		/* expect: AMM003 read lazy-switch in=context_switch col=25 option=needs-change kconfig=needs-change refcount=needs-change upstream=info */
                }
                """);
    }

    /** The 6.x helpers: they count references exactly when MMU_LAZY_TLB_REFCOUNT is set. */
    private static final String REFCOUNT_HELPERS = """
            static inline void mmgrab_lazy_tlb(struct mm_struct *mm)
            {
            	if (IS_ENABLED(CONFIG_MMU_LAZY_TLB_REFCOUNT))
            		mmgrab(mm);
            }

            static inline void mmdrop_lazy_tlb(struct mm_struct *mm)
            {
            	if (IS_ENABLED(CONFIG_MMU_LAZY_TLB_REFCOUNT)) {
            		mmdrop(mm);
            	} else {
            		smp_mb();
            	}
            }

            static inline void mmdrop_lazy_tlb_sched(struct mm_struct *mm)
            {
            	if (IS_ENABLED(CONFIG_MMU_LAZY_TLB_REFCOUNT))
            		mmdrop_sched(mm);
            	else
            		smp_mb();
            }
            """;

    @Test
    void seedHelpersThatTestTheOptionMakeTheirCallsConverted() throws IOException {
        MapSourceTree tree = lazyHelperCalls().with("include/linux/sched/mm.h", """
                static inline void mmgrab_lazy_tlb(struct mm_struct *mm)
                {
                	if (!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM))
                		mmgrab(mm);
                }

                #ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM
                static inline void mmdrop_lazy_tlb(struct mm_struct *mm)
                {
                	mmdrop(mm);
                }
                #else
                static inline void mmdrop_lazy_tlb(struct mm_struct *mm)
                {
                }
                #endif

                static inline void mmdrop_lazy_tlb_sched(struct mm_struct *mm)
                {
                	if (IS_ENABLED(CONFIG_MMU_LAZY_TLB_REFCOUNT))
                		mmdrop_sched(mm);
                	else
                		smp_mb();
                }
                """);
        List<Finding> f = scan(tree, Scheme.SEED, List.of("x86"), false).findings();
        // the helper bodies hold no site; _sched still counts under the option; the member read is its own site
        assertMarkers(tree, "option", f);
        assertEquals("drops an active_mm reference with mmdrop_lazy_tlb() in finish_task_switch() [lazy-switch]"
                + " (mmdrop_lazy_tlb() compiles out under CONFIG_ARCH_NO_TASK_ACTIVE_MM"
                + " as include/linux/sched/mm.h:8 defines it)", f.get(0).message());
        assertTrue(f.get(2).message().endsWith("(mmgrab_lazy_tlb() compiles out under CONFIG_ARCH_NO_TASK_ACTIVE_MM"
                + " as include/linux/sched/mm.h:1 defines it)"), f.get(2).message());
        assertEquals(Level.NOTE, f.get(0).level());
    }

    @Test
    void seedHelpersTurnedOffThroughKconfigMakeTheirCallsConverted() throws IOException {
        MapSourceTree archKconfig = lazyHelperCalls().with("include/linux/sched/mm.h", REFCOUNT_HELPERS)
                .with("arch/Kconfig", """
                        menu "General architecture-dependent options"

                        config MMU_LAZY_TLB_REFCOUNT
                        	def_bool y
                        	depends on !MMU_LAZY_TLB_SHOOTDOWN && !ARCH_NO_TASK_ACTIVE_MM

                        config MMU_LAZY_TLB_SHOOTDOWN
                        	bool

                        endmenu
                        """);
        List<Finding> f = scan(archKconfig, Scheme.SEED, List.of("x86"), false).findings();
        assertMarkers(archKconfig, "kconfig", f);
        assertTrue(f.get(1).message().endsWith("(mmdrop_lazy_tlb_sched() compiles out under"
                + " CONFIG_ARCH_NO_TASK_ACTIVE_MM as arch/Kconfig makes MMU_LAZY_TLB_REFCOUNT depend on"
                + " !ARCH_NO_TASK_ACTIVE_MM)"), f.get(1).message());

        // a second depends-on line of an entry in mm/Kconfig counts as well
        MapSourceTree mmKconfig = lazyHelperCalls().with("include/linux/sched/mm.h", REFCOUNT_HELPERS)
                .with("arch/Kconfig", "config MMU_LAZY_TLB_SHOOTDOWN\n\tbool\n")
                .with("mm/Kconfig", """
                        config MMU_LAZY_TLB_REFCOUNT
                        	def_bool y
                        	depends on !MMU_LAZY_TLB_SHOOTDOWN
                        	depends on !(ARCH_NO_TASK_ACTIVE_MM)
                        """);
        List<Finding> m = scan(mmKconfig, Scheme.SEED, List.of("x86"), false).findings();
        assertMarkers(mmKconfig, "kconfig", m);
        assertTrue(m.get(0).message().contains("as mm/Kconfig makes MMU_LAZY_TLB_REFCOUNT depend on"),
                m.get(0).message());
    }

    @Test
    void helpersGuardedOnlyByTheRefcountOptionStillNeedAChangeUnderSeed() throws IOException {
        // the option is named, but not in MMU_LAZY_TLB_REFCOUNT's own depends on (help text and other entries)
        MapSourceTree tree = lazyHelperCalls().with("include/linux/sched/mm.h", REFCOUNT_HELPERS)
                .with("arch/Kconfig", """
                        config MMU_LAZY_TLB_REFCOUNT
                        	def_bool y
                        	depends on !MMU_LAZY_TLB_SHOOTDOWN
                        	help
                        	  Some day: depends on !ARCH_NO_TASK_ACTIVE_MM

                        config MMU_LAZY_TLB_SHOOTDOWN
                        	bool
                        	depends on !ARCH_NO_TASK_ACTIVE_MM
                        """)
                .with("mm/Kconfig", "config MMU_LAZY_TLB_REFCOUNT\n\tdepends on !ARCH_NO_TASK_ACTIVE_MM\n");
        assertMarkers(tree, "refcount", scan(tree, Scheme.SEED, List.of("x86"), false).findings());

        // the #ifdef spelling of the same helpers, and no Kconfig at all
        MapSourceTree ifdef = lazyHelperCalls().with("include/linux/sched/mm.h", """
                #ifdef CONFIG_MMU_LAZY_TLB_REFCOUNT
                static inline void mmgrab_lazy_tlb(struct mm_struct *mm) { mmgrab(mm); }
                static inline void mmdrop_lazy_tlb(struct mm_struct *mm) { mmdrop(mm); }
                #else
                static inline void mmgrab_lazy_tlb(struct mm_struct *mm) { }
                static inline void mmdrop_lazy_tlb(struct mm_struct *mm) { smp_mb(); }
                #endif
                """);
        assertMarkers(ifdef, "refcount", scan(ifdef, Scheme.SEED, List.of("x86"), false).findings());
    }

    @Test
    void upstreamSchemeIgnoresTheSeedOptionInHelpersAndKconfig() throws IOException {
        MapSourceTree tree = lazyHelperCalls().with("include/linux/sched/mm.h", """
                static inline void mmgrab_lazy_tlb(struct mm_struct *mm)
                {
                	if (!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM))
                		mmgrab(mm);
                }
                """).with("arch/Kconfig", """
                config MMU_LAZY_TLB_REFCOUNT
                	def_bool y
                	depends on !ARCH_NO_TASK_ACTIVE_MM
                """).with("kernel/exit.c", """
                static void exit_mm(void)
                {
                	mmgrab(current->active_mm);
                	/* expect: AMM004 grab fork-exit in=exit_mm col=2 upstream=needs-change */
                	/* expect: AMM006 read fork-exit in=exit_mm col=18 upstream=info */
                }
                """);
        List<Finding> f = scan(tree, Scheme.UPSTREAM, List.of("x86"), false).findings();
        assertMarkers(tree, "upstream", f);
        assertTrue(f.get(4).message().endsWith("(already uses mmgrab_lazy_tlb())"), f.get(4).message());
    }
}
