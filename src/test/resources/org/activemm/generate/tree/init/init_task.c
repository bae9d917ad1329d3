// SPDX-License-Identifier: GPL-2.0
#include <linux/sched.h>

struct task_struct init_task = {
	.state		= 0,
	.mm		= NULL,
	.active_mm	= &init_mm,
	.pid		= 0,
};
