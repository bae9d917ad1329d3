// SPDX-License-Identifier: GPL-2.0-only
/*
 *  linux/kernel/fork.c
 *
 *  Creating tasks and tearing their address spaces down.
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/mmu_notifier.h>

#include <asm/mmu_context.h>

static void do_check_lazy_tlb(void *arg)
{
	struct mm_struct *mm = arg;

	WARN_ON_ONCE(current->active_mm == mm);
	/* expect: AMM009 read assertion in=do_check_lazy_tlb col=24 seed=needs-change upstream=info */
}

static void do_shoot_lazy_tlb(void *arg)
{
	struct mm_struct *mm = arg;

	if (current->active_mm == mm) {
	/* expect: AMM008 read loaded-mm in=do_shoot_lazy_tlb col=15 seed=needs-change upstream=info */
		WARN_ON_ONCE(current->mm);
		current->active_mm = &init_mm;
		/* expect: AMM008 write loaded-mm in=do_shoot_lazy_tlb col=12 seed=needs-change upstream=info */
		switch_mm(mm, &init_mm, current);
	}
}

static void cleanup_lazy_tlbs(struct mm_struct *mm)
{
	if (!IS_ENABLED(CONFIG_MMU_LAZY_TLB_SHOOTDOWN)) {
		/* Refcounted lazy users never let the mm get this far. */
		return;
	}

	/*
	 * No reference counts the kernel threads still running on @mm:
	 * send every CPU in mm_cpumask() over to init_mm before freeing.
	 */
	on_each_cpu_mask(mm_cpumask(mm), do_shoot_lazy_tlb, (void *)mm, 1);
	if (IS_ENABLED(CONFIG_DEBUG_VM_SHOOT_LAZIES))
		on_each_cpu(do_check_lazy_tlb, (void *)mm, 1);
}

/*
 * Free the page directory and the mm itself once mm_count reaches zero,
 * whether the last holder was mmput() or a kernel thread done borrowing.
 */
void __mmdrop(struct mm_struct *mm)
{
	BUG_ON(mm == &init_mm);
	WARN_ON_ONCE(mm == current->mm);

	/* Lazy kernel threads must be off it before the page tables go. */
	cleanup_lazy_tlbs(mm);

	WARN_ON_ONCE(mm == current->active_mm);
	/* expect: AMM009 read assertion in=__mmdrop col=30 seed=needs-change upstream=info */
	mm_free_pgd(mm);
	destroy_context(mm);
	free_mm(mm);
}
EXPORT_SYMBOL_GPL(__mmdrop);

static inline void __mmput(struct mm_struct *mm)
{
	VM_BUG_ON(atomic_read(&mm->mm_users));

	uprobe_clear_state(mm);
	exit_aio(mm);
	ksm_exit(mm);
	exit_mmap(mm);
	set_mm_exe_file(mm, NULL);
	mmdrop(mm);
}

/*
 * Drop a user of the address space; the last one tears it down.
 */
void mmput(struct mm_struct *mm)
{
	might_sleep();

	if (atomic_dec_and_test(&mm->mm_users))
		__mmput(mm);
}
EXPORT_SYMBOL_GPL(mmput);

static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *mm, *oldmm;

	tsk->min_flt = tsk->maj_flt = 0;
	tsk->nvcsw = tsk->nivcsw = 0;

	tsk->mm = NULL;
	tsk->active_mm = NULL;
	/* expect: AMM006 write fork-exit in=copy_mm col=7 seed=needs-change upstream=info */

	/* A new kernel thread gets no mm; it borrows one when scheduled. */
	oldmm = current->mm;
	if (!oldmm)
		return 0;

	if (clone_flags & CLONE_VM) {
		mmget(oldmm);
		mm = oldmm;
	} else {
		mm = dup_mm(tsk, current->mm);
		if (!mm)
			return -ENOMEM;
	}

	tsk->mm = mm;
	tsk->active_mm = mm;
	/* expect: AMM006 write fork-exit in=copy_mm col=7 seed=needs-change upstream=info */
	return 0;
}
