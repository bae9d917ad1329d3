/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_X86_MMU_CONTEXT_H
#define _ASM_X86_MMU_CONTEXT_H

#include <linux/atomic.h>
#include <linux/mm_types.h>

#include <asm/desc.h>
#include <asm/tlbflush.h>

void enter_lazy_tlb(struct mm_struct *mm, struct task_struct *tsk);
#define enter_lazy_tlb enter_lazy_tlb

extern void switch_mm_irqs_off(struct mm_struct *prev, struct mm_struct *next,
			       struct task_struct *tsk);

struct mm_struct *use_temporary_mm(struct mm_struct *temp_mm);
void unuse_temporary_mm(struct mm_struct *prev_mm);

#endif /* _ASM_X86_MMU_CONTEXT_H */
