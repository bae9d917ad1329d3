// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

static void exit_mm(void)
{
	struct mm_struct *mm = current->mm;

	if (!mm)
		return;
	mmgrab(mm);
	/* expect: AMM004 grab fork-exit in=exit_mm col=2 seed=needs-change */
	BUG_ON(mm != current->active_mm);
	/* expect: AMM009 read assertion in=exit_mm col=24 seed=needs-change */
	current->mm = NULL;
	mmput(mm);
}
