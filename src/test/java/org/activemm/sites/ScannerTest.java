package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ScannerTest {

    private static ScanResult scan(MapSourceTree tree, Scheme scheme, List<String> arches, boolean notes)
            throws IOException {
        return new Scanner(new ScanOptions(scheme, arches, notes)).scan(tree, p -> true);
    }

    private static List<Finding> seed(String path, String text) throws IOException {
        return scan(new MapSourceTree().with(path, text), Scheme.SEED, List.of("x86"), false).findings();
    }

    /** Compact "line:col role purpose rule status [guard]" forms, one per finding. */
    private static List<String> shapes(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column() + " " + (f.role() == null ? "-" : f.role().word())
                + " " + (f.purpose() == null ? "-" : f.purpose().word()) + " " + f.ruleId() + " " + f.status().word()
                + (f.guard().isEmpty() ? "" : " [" + f.guard() + "]")).collect(Collectors.toList());
    }

    @Test
    void contextSwitchHandoff() throws IOException {
        List<Finding> f = seed("kernel/sched/core.c", """
                static void context_switch(struct rq *rq, struct task_struct *prev, struct task_struct *next)
                {
                	struct mm_struct *mm, *oldmm;

                	mm = next->mm;
                	oldmm = prev->active_mm;
                	if (!mm) {
                		next->active_mm = oldmm;
                		mmgrab(oldmm);
                		enter_lazy_tlb(oldmm, next);
                	}
                	if (!prev->mm) {
                		prev->active_mm = NULL;
                		rq->prev_mm = oldmm;
                	}
                }
                static void finish_task_switch(struct rq *rq)
                {
                	struct mm_struct *mm = rq->prev_mm;

                	if (mm)
                		mmdrop(mm);
                }
                """);
        assertEquals(List.of(
                "6:16 read lazy-switch AMM003 needs-change",
                "8:9 write lazy-switch AMM003 needs-change",
                "9:3 grab lazy-switch AMM004 needs-change",
                "10:3 lazy-enter lazy-switch AMM012 info",
                "13:9 write lazy-switch AMM003 needs-change",
                "22:3 drop lazy-switch AMM004 needs-change"), shapes(f));
        assertEquals("context_switch", f.get(0).function());
        assertEquals("finish_task_switch", f.get(5).function());
        assertEquals("core", f.get(0).scope().word());
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
                        };
                        struct other { int active_mm_count; };
                        #endif
                        """)
                .with("init/init_task.c", "struct task_struct init_task = {\n\t.mm = NULL,\n\t.active_mm = &init_mm,\n};\n")
                .with("arch/arm/kernel/asm-offsets.c",
                        "int main(void)\n{\n  DEFINE(TSK_ACTIVE_MM,\t\toffsetof(struct task_struct, active_mm));\n}\n")
                .with("arch/arm/mm/proc-macros.S", """
                        /* act_mm - get current->active_mm */
                        	.macro	act_mm, rd
                        	ldr	\\rd, [\\rd, #TSK_ACTIVE_MM]
                        	.endm
                        """)
                .with("arch/arm/mm/tlb-v4.S", "ENTRY(v4_flush)\n\tact_mm\tr3\t\t@ get current->active_mm\n");
        List<Finding> f = scan(tree, Scheme.SEED, List.of("arm"), false).findings();
        assertEquals(List.of(
                "3:55 offsetof other AMM010 needs-change",
                "3:18 read loaded-mm AMM010 needs-change",
                "5:21 decl other AMM001 needs-change",
                "3:3 init other AMM002 needs-change"), shapes(f));
        assertEquals("arch/arm/kernel/asm-offsets.c", f.get(0).path());
        assertTrue(f.get(0).message().contains("TSK_ACTIVE_MM"));
        assertEquals("act_mm", f.get(1).function());
        assertEquals("task_struct", f.get(2).function());
        assertEquals("init_task", f.get(3).function());
    }

    @Test
    void bringUpAndTeardown() throws IOException {
        List<Finding> f = seed("arch/x86/kernel/smpboot.c", """
                static void start_secondary(void *unused)
                {
                	mmgrab(&init_mm);
                	current->active_mm = &init_mm;
                	mmget(&init_mm);
                }
                void play_dead_common(void)
                {
                	struct mm_struct *mm = current->active_mm;
                	mm = &init_mm;
                	mmdrop(mm);
                }
                void smp_callin(void)
                {
                	atomic_inc(&init_mm.mm_count);
                	current->active_mm = &init_mm;
                }
                """);
        assertEquals(List.of(
                "3:2 grab cpu-bringup AMM005 needs-change",
                "4:11 write cpu-bringup AMM005 needs-change",
                "9:34 read cpu-teardown AMM005 needs-change",
                "11:2 drop cpu-teardown AMM005 needs-change",
                "15:2 grab cpu-bringup AMM005 needs-change",
                "16:11 write cpu-bringup AMM005 needs-change"), shapes(f));
    }

    @Test
    void localsAndOtherStructsAreNotSites() throws IOException {
        List<Finding> f = seed("mm/mmu_context.c", """
                void use_mm(struct mm_struct *mm)
                {
                	struct mm_struct *active_mm;
                	struct task_struct *tsk = current;

                	active_mm = tsk->active_mm;
                	if (active_mm != mm) {
                		mmgrab(mm);
                		tsk->active_mm = mm;
                	}
                	tsk->mm = mm;
                	switch_mm(active_mm, mm, tsk);
                	if (active_mm != mm)
                		mmdrop(active_mm);
                	printk("active_mm %p\\n", s->active_mm_count);
                }
                """);
        assertEquals(List.of(
                "6:19 read kthread-mm AMM006 needs-change",
                "8:3 grab kthread-mm AMM004 needs-change",
                "9:8 write kthread-mm AMM006 needs-change",
                "14:3 drop kthread-mm AMM004 needs-change"), shapes(f));
    }

    @Test
    void grabThatBacksTheTasksMmIsNotASite() throws IOException {
        List<Finding> f = seed("kernel/kthread.c", """
                void kthread_use_mm(struct mm_struct *mm)
                {
                	struct mm_struct *active_mm;
                	struct task_struct *tsk = current;

                	mmgrab(mm);
                	task_lock(tsk);
                	active_mm = tsk->active_mm;
                	tsk->active_mm = mm;
                	tsk->mm = mm;
                	mmdrop_lazy_tlb(active_mm);
                }
                static void kthread_keep_mm(void)
                {
                	x = current->active_mm;
                }
                static int lazy_mm_show(struct seq_file *m, void *v)
                {
                	seq_printf(m, "%px", current->active_mm);
                }
                #define SWITCH_ENTER_MM(next) \\
                	cpumask_set_cpu(smp_processor_id(), mm_cpumask((next)->active_mm))
                """);
        assertEquals(List.of(
                "8:19 read kthread-mm AMM006 needs-change",
                "9:7 write kthread-mm AMM006 needs-change",
                "11:2 drop kthread-mm AMM004 needs-change",
                "15:15 read kthread-mm AMM006 needs-change",
                "19:32 read debug AMM011 needs-change",
                "22:57 read loaded-mm AMM008 needs-change"), shapes(f));
        assertEquals("SWITCH_ENTER_MM", f.get(5).function());
    }

    @Test
    void purposesFromContext() throws IOException {
        List<Finding> f = seed("kernel/exit.c", """
                static void exit_mm(void)
                {
                	struct mm_struct *mm = current->mm;
                	mmgrab(mm);
                	BUG_ON(mm != current->active_mm);
                	enter_lazy_tlb(mm, current);
                }
                static void xmon_show(void)
                {
                	pr_info("%p", current->active_mm);
                }
                static void helper(void)
                {
                	switch_mm(NULL, current->active_mm, NULL);
                	x = current->active_mm;
                }
                """);
        assertEquals(List.of(
                "4:2 grab fork-exit AMM004 needs-change",
                "5:24 read assertion AMM009 needs-change",
                "6:2 lazy-enter fork-exit AMM012 info",
                "10:25 read debug AMM011 needs-change",
                "14:27 read loaded-mm AMM008 needs-change",
                "15:15 read other AMM013 needs-change"), shapes(f));
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
                        #endif
                        	if (!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM))
                        		mmgrab(prev->active_mm);
                        #if 0
                        	prev->active_mm = NULL;
                        #endif
                        }
                        """)
                .with("arch/sparc/kernel/smp_64.c", "void smp_callin(void)\n{\n\tcurrent->active_mm = &init_mm;\n}\n");
        List<Finding> f = scan(tree, Scheme.SEED, List.of("x86"), false).findings();
        assertEquals(List.of(
                "3:11 write cpu-bringup AMM005 info",
                "4:8 write lazy-switch AMM003 converted [!CONFIG_ARCH_NO_TASK_ACTIVE_MM]",
                "4:26 read lazy-switch AMM003 converted [!CONFIG_ARCH_NO_TASK_ACTIVE_MM]",
                "7:3 grab lazy-switch AMM004 converted [!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM)]",
                "7:16 read lazy-switch AMM003 converted [!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM)]",
                "9:8 write lazy-switch AMM003 info [0]"), shapes(f));
        assertEquals("arch/sparc", f.get(0).scope().word());
        assertEquals(Level.NOTE, f.get(0).level());
    }

    @Test
    void upstreamHelpersAndRefcountGuard() throws IOException {
        MapSourceTree tree = new MapSourceTree().with("kernel/sched/core.c", """
                void context_switch(struct task_struct *prev, struct task_struct *next)
                {
                	mmgrab_lazy_tlb(prev->active_mm);
                #ifdef CONFIG_MMU_LAZY_TLB_REFCOUNT
                	mmdrop(prev->active_mm);
                #endif
                }
                """);
        assertEquals(List.of(
                "3:2 grab lazy-switch AMM004 converted",
                "3:24 read lazy-switch AMM003 info",
                "5:2 drop lazy-switch AMM004 converted [CONFIG_MMU_LAZY_TLB_REFCOUNT]",
                "5:15 read lazy-switch AMM003 converted [CONFIG_MMU_LAZY_TLB_REFCOUNT]"),
                shapes(scan(tree, Scheme.UPSTREAM, List.of(), false).findings()));
        assertEquals(List.of(
                "3:2 grab lazy-switch AMM004 needs-change",
                "3:24 read lazy-switch AMM003 needs-change",
                "5:2 drop lazy-switch AMM004 needs-change [CONFIG_MMU_LAZY_TLB_REFCOUNT]",
                "5:15 read lazy-switch AMM003 needs-change [CONFIG_MMU_LAZY_TLB_REFCOUNT]"),
                shapes(scan(tree, Scheme.SEED, List.of(), false).findings()));
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
        MapSourceTree tree = new MapSourceTree().with("mm/x.c",
                "/* the active_mm\n * is borrowed; see active_mm.rst */\nint a; // not active_mm_count\n");
        assertEquals(List.of(), scan(tree, Scheme.SEED, List.of(), false).findings());
        List<Finding> notes = scan(tree, Scheme.SEED, List.of(), true).findings();
        assertEquals(List.of("1:8 - - AMM014 info", "2:21 - - AMM014 info"), shapes(notes));
        assertEquals(Level.NOTE, notes.get(0).level());
        assertTrue(notes.get(0).isNote());
    }

    @Test
    void aMentionBeforeNonAsciiPunctuationIsAWordAndItsColumnCountsCharacters() throws IOException {
        // the full-width comma of a translated comment ends the word; the em dash before it is one column
        MapSourceTree tree = new MapSourceTree().with("kernel/x.c",
                "int a; /* \u2014 active_mm\uff0c lazy */\n/*\n * \u00e9t\u00e9 active_mm\uff1a x */\n");
        assertEquals(List.of("1:13 - - AMM014 info", "3:8 - - AMM014 info"),
                shapes(scan(tree, Scheme.SEED, List.of(), true).findings()));
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
        List<Finding> f = seed("arch/x86/kernel/smp.c", """
                void smp_callin(void)
                {
                	current->active_mm = &init_mm;
                	printk(KERN_INFO "mm %p\\n", current->active_mm);
                }
                """);
        assertEquals(List.of(
                "3:11 write cpu-bringup AMM005 needs-change",
                "4:39 read debug AMM011 needs-change"), shapes(f));
    }

    @Test
    void bringUpGrabThroughALocalPointingAtInitMm() throws IOException {
        List<Finding> f = seed("arch/x86/kernel/smpboot.c", """
                static void notrace start_secondary(void *unused)
                {
                	struct mm_struct *mm = &init_mm;

                	mmgrab(mm);
                	mmget(mm);
                	current->active_mm = mm;
                	enter_lazy_tlb(mm, current);
                }
                static void unrelated(struct mm_struct *mm)
                {
                	mm = &init_mm;
                	mmgrab(mm);
                }
                """);
        assertEquals(List.of(
                "5:2 grab cpu-bringup AMM005 needs-change",
                "7:11 write cpu-bringup AMM005 needs-change",
                "8:2 lazy-enter cpu-bringup AMM012 info"), shapes(f));
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
    /** Core calls of the three lazy helpers: a drop, a _sched drop and a grab whose argument is a member read. */
    private static MapSourceTree lazyHelperCalls() {
        return new MapSourceTree().with("kernel/sched/core.c", """
                static void finish_task_switch(struct rq *rq)
                {
                	struct mm_struct *mm = rq->prev_mm;

                	if (mm) {
                		mmdrop_lazy_tlb(mm);
                		mmdrop_lazy_tlb_sched(mm);
                	}
                }
                static void context_switch(struct task_struct *prev, struct task_struct *next)
                {
                	if (!next->mm)
                		mmgrab_lazy_tlb(prev->active_mm);
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

    private static List<String> statuses(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column() + " " + f.role().word() + " " + f.ruleId() + " "
                + f.status().word()).toList();
    }

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
        assertEquals(List.of(
                "6:3 drop AMM004 converted",
                "7:3 drop AMM004 needs-change",
                "13:3 grab AMM004 converted",
                "13:25 read AMM003 needs-change"), statuses(f));
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
        assertEquals(List.of(
                "6:3 drop AMM004 converted",
                "7:3 drop AMM004 converted",
                "13:3 grab AMM004 converted",
                "13:25 read AMM003 needs-change"), statuses(f));
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
        assertEquals(List.of("converted", "converted", "converted", "needs-change"),
                m.stream().map(x -> x.status().word()).toList());
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
        assertEquals(List.of(
                "6:3 drop AMM004 needs-change",
                "7:3 drop AMM004 needs-change",
                "13:3 grab AMM004 needs-change",
                "13:25 read AMM003 needs-change"), statuses(scan(tree, Scheme.SEED, List.of("x86"), false).findings()));

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
        assertEquals(List.of("needs-change", "needs-change", "needs-change", "needs-change"),
                scan(ifdef, Scheme.SEED, List.of("x86"), false).findings().stream().map(x -> x.status().word()).toList());
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
                }
                """);
        List<Finding> f = scan(tree, Scheme.UPSTREAM, List.of("x86"), false).findings();
        assertEquals(List.of(
                "3:2 grab AMM004 needs-change",
                "3:18 read AMM006 info",
                "6:3 drop AMM004 converted",
                "7:3 drop AMM004 converted",
                "13:3 grab AMM004 converted",
                "13:25 read AMM003 info"), statuses(f));
        assertTrue(f.get(4).message().endsWith("(already uses mmgrab_lazy_tlb())"), f.get(4).message());
    }
}
