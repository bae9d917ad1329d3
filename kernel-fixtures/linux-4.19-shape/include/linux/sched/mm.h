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
 *
 * This pins the struct itself, not the address space: a kernel thread that
 * keeps an mm in its active_mm holds exactly this kind of reference.
 * expect: AMM014 note col=23 seed=info
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
