// SPDX-License-Identifier: GPL-2.0-only
/*
 * Offsets exported to the low-level TLB and entry code.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/kbuild.h>

#include <asm/hardirq.h>
#include <asm/ptrace.h>

int main(void)
{
	DEFINE(TASK_THREAD, offsetof(struct task_struct, thread));
	DEFINE(TASK_THREAD_INFO, offsetof(struct task_struct, stack));

	BLANK();

	DEFINE(TASK_ACT_MM, offsetof(struct task_struct, active_mm));
	/* expect: AMM010 offsetof other in=main col=51 seed=info */

	DEFINE(MM_CTXT, offsetof(struct mm_struct, context));
	DEFINE(MM_PGD, offsetof(struct mm_struct, pgd));

	return 0;
}
