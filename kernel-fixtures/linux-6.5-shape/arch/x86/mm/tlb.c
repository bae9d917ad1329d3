// SPDX-License-Identifier: GPL-2.0-only
/*
 * TLB flushing, the lazy TLB hook and temporary mms, reduced.
 */
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/smp.h>

#include <asm/tlbflush.h>
#include <asm/mmu_context.h>

/*
 * The scheduler calls this when a kernel thread starts running on a
 * borrowed mm.  The old mm stays loaded; we only remember that this CPU
 * is lazy.
 */
void enter_lazy_tlb(struct mm_struct *mm, struct task_struct *tsk)
{
	if (this_cpu_read(cpu_tlbstate.loaded_mm) == &init_mm)
		return;

	this_cpu_write(cpu_tlbstate_shared.is_lazy, true);
}

/*
 * Load @temp_mm, a private mm that no other CPU uses, for a short section
 * with interrupts off (text poking, EFI calls).  Only the hardware state
 * changes; the task's mm and active_mm stay, so the mm that was loaded
 * is returned for unuse_temporary_mm().
 */
struct mm_struct *use_temporary_mm(struct mm_struct *temp_mm)
{
	struct mm_struct *prev_mm;

	lockdep_assert_irqs_disabled();
	/* A temporary mm must never become anybody's lazy mm. */
	VM_WARN_ON_ONCE(current->active_mm == temp_mm);
	/* expect: AMM009 read assertion in=use_temporary_mm col=27 seed=needs-change upstream=info */

	/* Leave lazy mode first, or we would restore a stale mm. */
	if (this_cpu_read(cpu_tlbstate_shared.is_lazy))
		leave_mm();

	prev_mm = this_cpu_read(cpu_tlbstate.loaded_mm);
	switch_mm_irqs_off(NULL, temp_mm, current);

	if (hw_breakpoint_active())
		hw_breakpoint_disable();

	return prev_mm;
}

void unuse_temporary_mm(struct mm_struct *prev_mm)
{
	lockdep_assert_irqs_disabled();
	switch_mm_irqs_off(NULL, prev_mm, current);

	if (hw_breakpoint_active())
		hw_breakpoint_restore();
}
