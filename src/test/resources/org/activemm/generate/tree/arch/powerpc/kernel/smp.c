// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

void start_secondary(void)
{
	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=start_secondary col=2 seed=info */
	current->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=start_secondary col=11 seed=info */
}
