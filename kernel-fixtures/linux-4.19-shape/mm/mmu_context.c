// SPDX-License-Identifier: GPL-2.0
/*
 * Borrowing a user address space from a kernel thread.
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/mmu_context.h>
#include <linux/export.h>

#include <asm/mmu_context.h>

/*
 * use_mm - let the calling kernel thread run on @mm
 *
 * Only for kernel threads: a user task already has an mm of its own.
 */
void use_mm(struct mm_struct *mm)
{
	struct mm_struct *active_mm;
	struct task_struct *tsk = current;

	task_lock(tsk);
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
	task_unlock(tsk);
#ifdef finish_arch_post_lock_switch
	finish_arch_post_lock_switch();
#endif

	if (active_mm != mm)
		mmdrop(active_mm);
		/* expect: AMM004 drop kthread-mm in=use_mm col=3 seed=needs-change */
}
EXPORT_SYMBOL_GPL(use_mm);

/*
 * unuse_mm - stop running on @mm after use_mm()
 *
 * The mm stays loaded lazily until the next switch_mm().
 */
void unuse_mm(struct mm_struct *mm)
{
	struct task_struct *tsk = current;

	VM_BUG_ON(tsk->active_mm != mm);
	/* expect: AMM009 read assertion in=unuse_mm col=17 seed=needs-change */

	task_lock(tsk);
	sync_mm_rss(mm);
	tsk->mm = NULL;
	/* active_mm is still 'mm' */
	/* expect: AMM014 note in=unuse_mm col=5 seed=info */
	enter_lazy_tlb(tsk->active_mm, tsk);
	/* expect: AMM012 lazy-enter kthread-mm in=unuse_mm col=2 seed=info */
	/* expect: AMM006 read kthread-mm in=unuse_mm col=22 seed=needs-change */
	task_unlock(tsk);
}
EXPORT_SYMBOL_GPL(unuse_mm);
