// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

static inline void __mmput(struct mm_struct *mm)
{
	exit_aio(mm);
	exit_mmap(mm);
	set_mm_exe_file(mm, NULL);
	mmdrop(mm);
}

static int copy_mm(struct task_struct *tsk)
{
	tsk->mm = NULL;
	tsk->active_mm = NULL;
	/* expect: AMM006 write fork-exit in=copy_mm col=7 seed=needs-change */
	return 0;
}
