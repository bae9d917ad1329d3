/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __SPARC64_MMU_CONTEXT_H
#define __SPARC64_MMU_CONTEXT_H

#include <linux/spinlock.h>
#include <asm/spitfire.h>

static inline void enter_lazy_tlb(struct mm_struct *mm, struct task_struct *tsk)
{
}

void switch_mm(struct mm_struct *old_mm, struct mm_struct *mm,
	       struct task_struct *tsk);

#define deactivate_mm(tsk, mm)  do { } while (0)
#define activate_mm(active_mm, mm) switch_mm(active_mm, mm, NULL)

#endif /* __SPARC64_MMU_CONTEXT_H */
