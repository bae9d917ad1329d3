// SPDX-License-Identifier: GPL-2.0-only
/*
 * ASID allocation, reduced to the switch the scheduler calls.
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/smp.h>

#include <asm/mmu_context.h>
#include <asm/tlbflush.h>

void check_and_switch_context(struct mm_struct *mm)
{
	if (system_supports_cnp())
		cpu_set_reserved_ttbr0();

	cpu_switch_mm(mm->pgd, mm);
}
