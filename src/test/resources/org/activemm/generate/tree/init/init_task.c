// SPDX-License-Identifier: GPL-2.0
#include <linux/sched.h>

struct task_struct init_task = {
	.state		= 0,
	.mm		= NULL,
	.active_mm	= &init_mm,
	/* expect: AMM002 init other in=init_task col=3 seed=needs-change */
	.pid		= 0,
};
