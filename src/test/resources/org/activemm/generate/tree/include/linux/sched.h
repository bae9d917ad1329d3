/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

struct mm_struct;

struct task_struct {
	volatile long			state;
	void				*stack;

	struct mm_struct		*mm;
	struct mm_struct		*active_mm;
	/* expect: AMM001 decl other in=task_struct col=21 seed=needs-change */

	int				pid;
};

#endif
