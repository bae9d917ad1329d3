// SPDX-License-Identifier: GPL-2.0
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

/*
 * Free the page directory and the mm itself once mm_count reaches zero,
 * whether the last holder was mmput() or a kernel thread done borrowing.
 */
void __mmdrop(struct mm_struct *mm)
{
	BUG_ON(mm == &init_mm);
	WARN_ON_ONCE(mm == current->mm);
	WARN_ON_ONCE(mm == current->active_mm);
	/* expect: AMM009 read assertion in=__mmdrop col=30 seed=needs-change */
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
	mm_put_huge_zero_page(mm);
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

#if 0
/* Old lazy-mm sanity check, kept while the shootdown work settles. */
static void check_lazy_mm(struct mm_struct *mm)
{
	WARN_ON(current->active_mm == mm);
	/* expect: AMM009 read assertion in=check_lazy_mm col=19 if=0 seed=info */
}
#endif

static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *mm, *oldmm;
	int retval;

	tsk->min_flt = tsk->maj_flt = 0;
	tsk->nvcsw = tsk->nivcsw = 0;

	tsk->mm = NULL;
	tsk->active_mm = NULL;
	/* expect: AMM006 write fork-exit in=copy_mm col=7 seed=needs-change */

	/* A new kernel thread gets no mm; it borrows one when scheduled. */
	oldmm = current->mm;
	if (!oldmm)
		return 0;

	if (clone_flags & CLONE_VM) {
		mmget(oldmm);
		mm = oldmm;
		goto good_mm;
	}

	retval = -ENOMEM;
	mm = dup_mm(tsk);
	if (!mm)
		goto fail_nomem;

good_mm:
	tsk->mm = mm;
	tsk->active_mm = mm;
	/* expect: AMM006 write fork-exit in=copy_mm col=7 seed=needs-change */
	return 0;

fail_nomem:
	return retval;
}
