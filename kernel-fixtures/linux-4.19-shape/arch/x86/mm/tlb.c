// SPDX-License-Identifier: GPL-2.0-only
/*
 * TLB flushing and the lazy TLB hook, reduced.
 */
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/smp.h>

#include <asm/tlbflush.h>
#include <asm/mmu_context.h>

#if defined(CONFIG_ARCH_NO_TASK_ACTIVE_MM) && !defined(CONFIG_SMP)
#error lazy mm shootdown needs SMP TLB flushing to cover current->active_mm
#endif

/*
 * The scheduler calls this when a kernel thread starts running on a
 * borrowed mm.  The old mm stays loaded (the task's active_mm); we
 * expect: AMM014 note col=54 seed=info
 * only remember that this CPU is lazy.
 */
void enter_lazy_tlb(struct mm_struct *mm, struct task_struct *tsk)
{
	if (this_cpu_read(cpu_tlbstate.loaded_mm) == &init_mm)
		return;

	this_cpu_write(cpu_tlbstate.is_lazy, true);
}

void switch_mm(struct mm_struct *prev, struct mm_struct *next,
	       struct task_struct *tsk)
{
	unsigned long flags;

	local_irq_save(flags);
	switch_mm_irqs_off(prev, next, tsk);
	local_irq_restore(flags);
}
