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

	mm_release(current, mm);
	if (!mm)
		return;
	sync_mm_rss(mm);
	down_read(&mm->mmap_sem);
	if (!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM))
		mmgrab(mm);
		/* expect: AMM004 grab fork-exit in=exit_mm col=3 if=!IS_ENABLED(CONFIG_ARCH_NO_TASK_ACTIVE_MM) seed=converted */
#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM
	BUG_ON(mm != current->active_mm);
	/* expect: AMM009 read assertion in=exit_mm col=24 if=!CONFIG_ARCH_NO_TASK_ACTIVE_MM seed=converted */
#endif
	/* task_lock() orders the ->mm update against readers */
	task_lock(current);
	current->mm = NULL;
	up_read(&mm->mmap_sem);
	enter_lazy_tlb(mm, current);
	/* expect: AMM012 lazy-enter fork-exit in=exit_mm col=2 seed=info */
	task_unlock(current);
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
