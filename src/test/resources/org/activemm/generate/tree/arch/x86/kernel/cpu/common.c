// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

void cpu_init(void)
{
	struct task_struct *me = current;

	mmgrab(&init_mm);
	me->active_mm = &init_mm;
	BUG_ON(me->mm);
	enter_lazy_tlb(&init_mm, me);
}

static void cpu_init_odd(void)
{
	struct task_struct *curr = current;

	if (curr)
		mmgrab(&init_mm);
	curr->active_mm = &init_mm;
}
