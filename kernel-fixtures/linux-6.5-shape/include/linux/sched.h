/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

/*
 * 'struct task_struct', cut down to what this synthetic tree needs.
 */

#include <linux/types.h>
#include <linux/mm_types_task.h>

struct mm_struct;

struct task_struct {
#ifdef CONFIG_THREAD_INFO_IN_TASK
	/* Must stay first: current_thread_info() relies on it. */
	struct thread_info              thread_info;
#endif
	unsigned int                    __state;
	void                            *stack;
	refcount_t                      usage;
	unsigned int                    flags;

	struct list_head                tasks;

	/* The address space this task owns; NULL for kernel threads. */
	struct mm_struct                *mm;
	/* What the CPU runs on: ->mm, or for kthreads a borrowed mm. */
	struct mm_struct                *active_mm;
	/* expect: AMM001 decl other in=task_struct col=35 seed=needs-change upstream=info */

	pid_t                           pid;
	char                            comm[16];
};

extern struct task_struct init_task;

#endif /* _LINUX_SCHED_H */
