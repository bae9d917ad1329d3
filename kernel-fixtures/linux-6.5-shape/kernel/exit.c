// SPDX-License-Identifier: GPL-2.0-only
/*
 *  linux/kernel/exit.c
 *
 *  The part of do_exit() that lets go of the address space.
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>

#include <asm/mmu_context.h>

/*
 * Let go of the address space on exit; the task keeps running on it
 * lazily until the final schedule().
 */
static void exit_mm(void)
{
	struct mm_struct *mm = current->mm;

	exit_mm_release(current, mm);
	if (!mm)
		return;
	sync_mm_rss(mm);
	mmap_read_lock(mm);
	mmgrab_lazy_tlb(mm);
	/* expect: AMM004 grab fork-exit in=exit_mm col=2 seed=needs-change upstream=converted */
	BUG_ON(mm != current->active_mm);
	/* expect: AMM009 read assertion in=exit_mm col=24 seed=needs-change upstream=info */
	/* task_lock() orders the ->mm update against readers */
	task_lock(current);
	smp_mb__after_spinlock();
	local_irq_disable();
	current->mm = NULL;
	membarrier_update_current_mm(NULL);
	enter_lazy_tlb(mm, current);
	/* expect: AMM012 lazy-enter fork-exit in=exit_mm col=2 seed=info upstream=info */
	local_irq_enable();
	task_unlock(current);
	mmap_read_unlock(mm);
	mm_update_next_owner(mm);
	mmput(mm);
}

void __noreturn do_exit(long code)
{
	struct task_struct *tsk = current;

	exit_signals(tsk);
	exit_mm();
	exit_files(tsk);
	exit_notify(tsk, code);
	do_task_dead();
}
