// SPDX-License-Identifier: GPL-2.0
/*
 * Per-CPU state set up when a CPU comes online.
 */
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>

#include <asm/desc.h>
#include <asm/mmu_context.h>
#include <asm/tlbflush.h>

#ifdef CONFIG_X86_64
/*
 * cpu_init() sets up the per-CPU state of the CPU it runs on: tables,
 * stacks and the idle task's mm.
 */
void cpu_init(void)
{
	int cpu = raw_smp_processor_id();
	struct task_struct *me = current;

	wait_for_master_cpu(cpu);
	load_current_idt();
	loadsegment(fs, 0);

	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=cpu_init col=2 if=CONFIG_X86_64 seed=needs-change */
	me->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=cpu_init col=6 if=CONFIG_X86_64 seed=needs-change */
	BUG_ON(me->mm);
	initialize_tlbstate_and_flush();
	enter_lazy_tlb(&init_mm, me);
	/* expect: AMM012 lazy-enter cpu-bringup in=cpu_init col=2 if=CONFIG_X86_64 seed=info */

	load_sp0((unsigned long)(cpu_entry_stack(cpu) + 1));
	load_fixmap_gdt(cpu);
}

#else

void cpu_init(void)
{
	int cpu = smp_processor_id();
	struct task_struct *curr = current;

	wait_for_master_cpu(cpu);
	load_current_idt();

#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM
	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=cpu_init col=2 if="!CONFIG_X86_64 && !CONFIG_ARCH_NO_TASK_ACTIVE_MM" seed=converted */
	curr->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=cpu_init col=8 if="!CONFIG_X86_64 && !CONFIG_ARCH_NO_TASK_ACTIVE_MM" seed=converted */
#endif
	BUG_ON(curr->mm);
	initialize_tlbstate_and_flush();
	enter_lazy_tlb(&init_mm, curr);
	/* expect: AMM012 lazy-enter cpu-bringup in=cpu_init col=2 if=!CONFIG_X86_64 seed=info */

	load_fixmap_gdt(cpu);
}
#endif
