// SPDX-License-Identifier: GPL-2.0-only
/*
 * Kernel threads borrowing a user address space.
 */
#include <linux/kthread.h>
#include <linux/sched/mm.h>
#include <linux/mmu_context.h>
#include <linux/export.h>

/**
 * kthread_use_mm - run the calling kernel thread on a user address space
 * @mm: the address space to run on
 */
void kthread_use_mm(struct mm_struct *mm)
{
	struct mm_struct *active_mm;
	struct task_struct *tsk = current;

	WARN_ON_ONCE(!(tsk->flags & PF_KTHREAD));
	WARN_ON_ONCE(tsk->mm);

	/* This reference backs tsk->mm; kthread_unuse_mm() drops it. */
	mmgrab(mm);

	task_lock(tsk);
	/* No TLB flush IPI may see a half-switched task. */
	local_irq_disable();
	active_mm = tsk->active_mm;
	/* expect: AMM006 read kthread-mm in=kthread_use_mm col=19 seed=needs-change upstream=info */
	tsk->active_mm = mm;
	/* expect: AMM006 write kthread-mm in=kthread_use_mm col=7 seed=needs-change upstream=info */
	tsk->mm = mm;
	membarrier_update_current_mm(mm);
	switch_mm_irqs_off(active_mm, mm, tsk);
	local_irq_enable();
	task_unlock(tsk);
#ifdef finish_arch_post_lock_switch
	finish_arch_post_lock_switch();
#endif

	/* The lazy reference on the mm we ran on before. */
	mmdrop_lazy_tlb(active_mm);
	/* expect: AMM004 drop kthread-mm in=kthread_use_mm col=2 seed=needs-change upstream=converted */
}
EXPORT_SYMBOL_GPL(kthread_use_mm);

/**
 * kthread_unuse_mm - undo kthread_use_mm()
 * @mm: the address space to run on
 */
void kthread_unuse_mm(struct mm_struct *mm)
{
	struct task_struct *tsk = current;

	WARN_ON_ONCE(!(tsk->flags & PF_KTHREAD));
	WARN_ON_ONCE(!tsk->mm);

	task_lock(tsk);
	smp_mb__after_spinlock();
	sync_mm_rss(mm);
	local_irq_disable();
	tsk->mm = NULL;
	membarrier_update_current_mm(NULL);
	mmgrab_lazy_tlb(mm);
	/* expect: AMM004 grab kthread-mm in=kthread_unuse_mm col=2 seed=needs-change upstream=converted */
	/* we keep running on mm lazily */
	enter_lazy_tlb(mm, tsk);
	/* expect: AMM012 lazy-enter kthread-mm in=kthread_unuse_mm col=2 seed=info upstream=info */
	local_irq_enable();
	task_unlock(tsk);

	mmdrop(mm);
}
EXPORT_SYMBOL_GPL(kthread_unuse_mm);

#if 0
/* The open-coded lazy reference before the helpers, kept for comparison. */
static void kthread_keep_lazy_mm(struct task_struct *tsk)
{
	mmgrab(tsk->active_mm);
	/* expect: AMM004 grab kthread-mm in=kthread_keep_lazy_mm col=2 if=0 seed=info upstream=info */
	/* expect: AMM006 read kthread-mm in=kthread_keep_lazy_mm col=14 if=0 seed=info upstream=info */
}
#endif
