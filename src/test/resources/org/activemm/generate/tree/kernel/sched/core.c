// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

static void finish_task_switch(struct rq *rq)
{
	struct mm_struct *mm = rq->prev_mm;

	rq->prev_mm = NULL;
	if (mm)
		mmdrop(mm);
		/* expect: AMM004 drop lazy-switch in=finish_task_switch col=3 seed=needs-change */
}

static void context_switch(struct rq *rq, struct task_struct *prev,
			   struct task_struct *next)
{
	struct mm_struct *mm, *oldmm;

	mm = next->mm;
	oldmm = prev->active_mm;
	/* expect: AMM003 read lazy-switch in=context_switch col=16 seed=needs-change */
	if (!mm) {
		next->active_mm = oldmm;
		/* expect: AMM003 write lazy-switch in=context_switch col=9 seed=needs-change */
		mmgrab(oldmm);
		/* expect: AMM004 grab lazy-switch in=context_switch col=3 seed=needs-change */
		enter_lazy_tlb(oldmm, next);
		/* expect: AMM012 lazy-enter lazy-switch in=context_switch col=3 seed=info */
	} else {
		switch_mm_irqs_off(oldmm, mm, next);
	}
	if (!prev->mm) {
		prev->active_mm = NULL;
		/* expect: AMM003 write lazy-switch in=context_switch col=9 seed=needs-change */
		rq->prev_mm = oldmm;
	}
}

void idle_task_exit(void)
{
	struct mm_struct *mm = current->active_mm;
	/* expect: AMM005 read cpu-teardown in=idle_task_exit col=34 seed=needs-change */

	if (mm != &init_mm) {
		switch_mm(mm, &init_mm, current);
		current->active_mm = &init_mm;
		/* expect: AMM005 write cpu-teardown in=idle_task_exit col=12 seed=needs-change */
	}
	mmdrop(mm);
	/* expect: AMM005 drop cpu-teardown in=idle_task_exit col=2 seed=needs-change */
}

void __init sched_init(void)
{
	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=sched_init col=2 seed=needs-change */
	enter_lazy_tlb(&init_mm, current);
	/* expect: AMM012 lazy-enter cpu-bringup in=sched_init col=2 seed=info */
}
