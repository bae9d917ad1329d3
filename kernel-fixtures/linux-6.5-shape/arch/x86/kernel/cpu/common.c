// SPDX-License-Identifier: GPL-2.0-only
/*
 * Per-CPU state set up when a CPU comes online.
 */
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>

#include <asm/desc.h>
#include <asm/mmu_context.h>
#include <asm/tlbflush.h>

/*
 * cpu_init() sets up the per-CPU state of the CPU it runs on: tables,
 * stacks and the idle task's mm.
 */
void cpu_init(void)
{
	struct task_struct *cur = current;
	int cpu = raw_smp_processor_id();

	ucode_cpu_init(cpu);

	if (IS_ENABLED(CONFIG_X86_64)) {
		loadsegment(fs, 0);
		memset(cur->thread.tls_array, 0, GDT_ENTRY_TLS_ENTRIES * 8);
		x2apic_setup();
	}

	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=cpu_init col=2 seed=needs-change upstream=info */
	cur->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=cpu_init col=7 seed=needs-change upstream=info */
	BUG_ON(cur->mm);
	initialize_tlbstate_and_flush();
	enter_lazy_tlb(&init_mm, cur);
	/* expect: AMM012 lazy-enter cpu-bringup in=cpu_init col=2 seed=info upstream=info */

	load_sp0((unsigned long)(cpu_entry_stack(cpu) + 1));
	load_fixmap_gdt(cpu);
}
