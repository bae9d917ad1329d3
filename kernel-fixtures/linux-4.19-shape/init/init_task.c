// SPDX-License-Identifier: GPL-2.0
#include <linux/init_task.h>
#include <linux/export.h>
#include <linux/mqueue.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/mm.h>

static struct signal_struct init_signals = {
	.nr_threads     = 1,
	.thread_head    = LIST_HEAD_INIT(init_task.thread_node),
};

/*
 * The boot task: every CPU's idle thread is modelled on it, and it
 * starts out on init_mm like every kernel thread.
 */
struct task_struct init_task
#ifdef CONFIG_ARCH_TASK_STRUCT_ON_STACK
	__init_task_data
#endif
= {
#ifdef CONFIG_THREAD_INFO_IN_TASK
	.thread_info    = INIT_THREAD_INFO(init_task),
	.stack_refcount = ATOMIC_INIT(1),
#endif
	.state          = 0,
	.stack          = init_stack,
	.flags          = PF_KTHREAD,
	.mm             = NULL,
	.active_mm      = &init_mm,
	/* expect: AMM002 init other in=init_task col=3 seed=needs-change */
	.tasks          = LIST_HEAD_INIT(init_task.tasks),
	.comm           = INIT_TASK_COMM,
	.signal         = &init_signals,
};
EXPORT_SYMBOL(init_task);
