// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

static void exit_mm(void)
{
	struct mm_struct *mm = current->mm;

	if (!mm)
		return;
	mmgrab(mm);
	BUG_ON(mm != current->active_mm);
	current->mm = NULL;
	mmput(mm);
}
