// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

void start_secondary(void)
{
	mmgrab(&init_mm);
	current->active_mm = &init_mm;
}
