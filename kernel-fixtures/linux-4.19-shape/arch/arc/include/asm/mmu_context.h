/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _ASM_ARC_MMU_CONTEXT_H
#define _ASM_ARC_MMU_CONTEXT_H

#include <asm/arcregs.h>
#include <asm/tlb.h>

/* ARC has nothing to do when a kernel thread borrows an mm. */
#define enter_lazy_tlb(mm, tsk)

static inline void switch_mm(struct mm_struct *prev, struct mm_struct *next,
			     struct task_struct *tsk)
{
	const int cpu = smp_processor_id();

	cpumask_set_cpu(cpu, mm_cpumask(next));
	write_aux_reg(ARC_REG_SCRATCH_DATA0, next->pgd);
	get_new_mmu_context(next);
}

#define activate_mm(prev, next)         switch_mm(prev, next, NULL)

#endif /* __ASM_ARC_MMU_CONTEXT_H */
