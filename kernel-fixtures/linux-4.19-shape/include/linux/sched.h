/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

/*
 * 'struct task_struct', cut down to what this synthetic tree needs.
 */

#include <linux/types.h>
#include <linux/mm_types_task.h>

struct mm_struct;
struct rq;

/* Bookkeeping of lazy users, not the task member. */
struct lazy_mm_stats {
	atomic_t                        active_mm_count;
	unsigned long                   switches;
};

struct task_struct {
	volatile long                   state;
	void                            *stack;
	unsigned int                    flags;
	int                             on_cpu;

	struct list_head                tasks;

	/* The address space this task owns; NULL for kernel threads. */
	struct mm_struct                *mm;
	/*
	 * What the CPU has loaded while we run: equal to ->mm for user
	 * tasks, borrowed from the previous task by kernel threads.
	 * The scheduler keeps active_mm referenced through mm_count.
	 * expect: AMM014 note in=task_struct col=25 seed=info
	 */
	struct mm_struct                *active_mm;
	/* expect: AMM001 decl other in=task_struct col=35 seed=needs-change */

	/* Cached vmas of the last lookups. */
	struct vmacache                 vmacache;

	pid_t                           pid;
	char                            comm[16];
};

extern struct task_struct init_task;
extern struct lazy_mm_stats lazy_stats;

static inline void lazy_stats_inc(struct lazy_mm_stats *st)
{
	atomic_inc(&st->active_mm_count);
}

#endif /* _LINUX_SCHED_H */
