// SPDX-License-Identifier: GPL-2.0
/*
 *  kernel/sched/core.c
 *
 *  Scheduler core, reduced to the lazy mm handoff.
 */
#include "sched.h"

#include <asm/switch_to.h>
#include <asm/tlb.h>

/**
 * finish_task_switch - the second half of a switch, run by the new task
 * @prev: the task that ran before us on this CPU
 *
 * If the previous task was a kernel thread it ran on a borrowed mm;
 * context_switch() parked that mm in rq->prev_mm and we drop the
 * reference here, after the switch is complete.
 */
static struct rq *finish_task_switch(struct task_struct *prev)
	__releases(rq->lock)
{
	struct rq *rq = this_rq();
	struct mm_struct *mm = rq->prev_mm;
	long prev_state;

	rq->prev_mm = NULL;

	prev_state = prev->state;
	finish_task(prev);
	finish_lock_switch(rq);
	finish_arch_post_lock_switch();

	if (mm) {
		membarrier_mm_sync_core_before_usermode(mm);
		mmdrop(mm);
		/* expect: AMM004 drop lazy-switch in=finish_task_switch col=3 seed=needs-change */
	}
	if (unlikely(prev_state == TASK_DEAD))
		put_task_struct(prev);

	return rq;
}

/*
 * context_switch - load the next task's mm (or borrow one) and its registers.
 */
static __always_inline struct rq *
context_switch(struct rq *rq, struct task_struct *prev,
	       struct task_struct *next, struct rq_flags *rf)
{
	struct mm_struct *mm, *oldmm;

	prepare_task_switch(rq, prev, next);

	mm = next->mm;
	oldmm = prev->active_mm;
	/* expect: AMM003 read lazy-switch in=context_switch col=16 seed=needs-change */
	arch_start_context_switch(prev);

	/* A kernel thread keeps running on the previous task's mm. */
	if (!mm) {
		next->active_mm = oldmm;
		/* expect: AMM003 write lazy-switch in=context_switch col=9 seed=needs-change */
		mmgrab(oldmm);
		/* expect: AMM004 grab lazy-switch in=context_switch col=3 seed=needs-change */
		enter_lazy_tlb(oldmm, next);
		/* expect: AMM012 lazy-enter lazy-switch in=context_switch col=3 seed=info */
	} else
		switch_mm_irqs_off(oldmm, mm, next);

	if (!prev->mm) {
		prev->active_mm = NULL;
		/* expect: AMM003 write lazy-switch in=context_switch col=9 seed=needs-change */
		rq->prev_mm = oldmm;
	}

	prepare_lock_switch(rq, next, rf);

	/* Registers and stack last; the mm is already settled. */
	switch_to(prev, next, prev);
	barrier();

	return finish_task_switch(prev);
}

#ifdef CONFIG_HOTPLUG_CPU
/*
 * Called on a CPU about to go offline: move its idle task back onto
 * init_mm so that no user mm stays pinned by a dead CPU.
 */
void idle_task_exit(void)
{
	struct mm_struct *mm = current->active_mm;
	/* expect: AMM005 read cpu-teardown in=idle_task_exit col=34 if=CONFIG_HOTPLUG_CPU seed=needs-change */

	BUG_ON(cpu_online(smp_processor_id()));

	if (mm != &init_mm) {
		switch_mm(mm, &init_mm, current);
		current->active_mm = &init_mm;
		/* expect: AMM005 write cpu-teardown in=idle_task_exit col=12 if=CONFIG_HOTPLUG_CPU seed=needs-change */
		finish_arch_post_lock_switch();
	}
	mmdrop(mm);
	/* expect: AMM005 drop cpu-teardown in=idle_task_exit col=2 if=CONFIG_HOTPLUG_CPU seed=needs-change */
}
#endif /* CONFIG_HOTPLUG_CPU */

void __init sched_init(void)
{
	int i;

	for_each_possible_cpu(i) {
		struct rq *rq = cpu_rq(i);

		raw_spin_lock_init(&rq->lock);
		rq->nr_running = 0;
		rq->cpu = i;
	}

	/*
	 * The boot CPU's idle thread borrows mms lazily like any kthread.
	 */
	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=sched_init col=2 seed=needs-change */
	enter_lazy_tlb(&init_mm, current);
	/* expect: AMM012 lazy-enter cpu-bringup in=sched_init col=2 seed=info */

	init_idle(current, smp_processor_id());
}
