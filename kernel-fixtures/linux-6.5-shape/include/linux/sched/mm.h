/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_MM_H
#define _LINUX_SCHED_MM_H

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/sched.h>
#include <linux/mm_types.h>

/**
 * mmgrab() - take a reference on the mm_struct itself
 * @mm: the mm_struct to keep allocated
 */
static inline void mmgrab(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_count);
}

extern void __mmdrop(struct mm_struct *mm);

static inline void mmdrop(struct mm_struct *mm)
{
	/* atomic_dec_and_test() is a full barrier; membarrier relies on it. */
	if (unlikely(atomic_dec_and_test(&mm->mm_count)))
		__mmdrop(mm);
}

/*
 * The lazy reference a kernel thread holds on the mm it borrowed.  With
 * MMU_LAZY_TLB_SHOOTDOWN the arch clears lazy users out before the mm is
 * freed instead, and these only keep the barrier.
 */
static inline void mmgrab_lazy_tlb(struct mm_struct *mm)
{
	if (IS_ENABLED(CONFIG_MMU_LAZY_TLB_REFCOUNT))
		mmgrab(mm);
}

static inline void mmdrop_lazy_tlb(struct mm_struct *mm)
{
	if (IS_ENABLED(CONFIG_MMU_LAZY_TLB_REFCOUNT)) {
		mmdrop(mm);
	} else {
		/* finish_task_switch() needs the barrier mmdrop() gives. */
		smp_mb();
	}
}

/**
 * mmget() - take a reference on the address space (mm_users)
 * @mm: the address space to keep mapped
 */
static inline void mmget(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_users);
}

extern void mmput(struct mm_struct *);

#endif /* _LINUX_SCHED_MM_H */
