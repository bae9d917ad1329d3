// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * In-kernel monitor, reduced to its task and page-table dumps.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>

#include "nonstdio.h"

static void show_task(struct task_struct *tsk)
{
	printf("%px %016lx %6d %s\n", tsk, tsk->thread.ksp, tsk->pid,
	       tsk->comm);
	printf("    mm %px active_mm %px\n", tsk->mm, tsk->active_mm);
	/* expect: AMM011 read debug in=show_task col=53 seed=info */
}

static void show_pte(unsigned long addr)
{
	unsigned long tskv = 0;
	struct task_struct *tsk = NULL;
	struct mm_struct *mm;

	if (scanhex(&tskv))
		tsk = (struct task_struct *)tskv;

	if (tsk == NULL)
		mm = &init_mm;
	else
		mm = tsk->active_mm;
		/* expect: AMM011 read debug in=show_pte col=13 seed=info */

	printf("pgd  @ 0x%px\n", mm->pgd);
}
