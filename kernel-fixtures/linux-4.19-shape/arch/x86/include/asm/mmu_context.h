/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_X86_MMU_CONTEXT_H
#define _ASM_X86_MMU_CONTEXT_H

#include <linux/atomic.h>
#include <linux/mm_types.h>

#include <asm/desc.h>
#include <asm/tlbflush.h>

/*
 * The LDT of the mm this CPU runs on.  Kernel threads borrow their mm
 * lazily, so this is not always current->mm.
 */
#define current_loaded_ldt()                                            \
	READ_ONCE(current->active_mm->context.ldt)
	/* expect: AMM008 read loaded-mm in=current_loaded_ldt col=21 seed=needs-change */

void enter_lazy_tlb(struct mm_struct *mm, struct task_struct *tsk);

extern void switch_mm(struct mm_struct *prev, struct mm_struct *next,
		      struct task_struct *tsk);

#define activate_mm(prev, next)                 \
do {                                            \
	paravirt_activate_mm((prev), (next));   \
	switch_mm((prev), (next), NULL);        \
} while (0)

#endif /* _ASM_X86_MMU_CONTEXT_H */
