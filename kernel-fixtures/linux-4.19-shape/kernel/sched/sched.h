/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Run-queue definitions used by this synthetic scheduler.
 */
#include <linux/sched.h>
#include <linux/sched/mm.h>

struct rq {
	raw_spinlock_t          lock;
	unsigned int            nr_running;
	struct task_struct      *curr;
	struct task_struct      *idle;
	/* The lazy mm of a kernel thread that just switched out. */
	struct mm_struct        *prev_mm;
	unsigned int            clock_update_flags;
	int                     cpu;
};

DECLARE_PER_CPU_SHARED_ALIGNED(struct rq, runqueues);

#define cpu_rq(cpu)             (&per_cpu(runqueues, (cpu)))
#define this_rq()               this_cpu_ptr(&runqueues)
