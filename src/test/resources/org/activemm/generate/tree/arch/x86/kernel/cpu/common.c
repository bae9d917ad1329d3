// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

void cpu_init(void)
{
	struct task_struct *me = current;

	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=cpu_init col=2 seed=needs-change */
	me->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=cpu_init col=6 seed=needs-change */
	BUG_ON(me->mm);
	enter_lazy_tlb(&init_mm, me);
	/* expect: AMM012 lazy-enter cpu-bringup in=cpu_init col=2 seed=info */
}

static void cpu_init_odd(void)
{
	struct task_struct *curr = current;

	if (curr)
		mmgrab(&init_mm);
		/* expect: AMM005 grab cpu-bringup in=cpu_init_odd col=3 seed=needs-change */
	curr->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=cpu_init_odd col=8 seed=needs-change */
}
