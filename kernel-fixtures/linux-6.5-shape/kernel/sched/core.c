// SPDX-License-Identifier: GPL-2.0-only
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
 * A kernel thread that switched out to a user task left its borrowed
 * mm in rq->prev_mm; the lazy reference on it is dropped here.
 */
static struct rq *finish_task_switch(struct task_struct *prev)
	__releases(rq->lock)
{
	struct rq *rq = this_rq();
	struct mm_struct *mm = rq->prev_mm;
	unsigned int prev_state;

	rq->prev_mm = NULL;

	prev_state = READ_ONCE(prev->__state);
	finish_task(prev);
	finish_lock_switch(rq);
	finish_arch_post_lock_switch();

	if (mm) {
		membarrier_mm_sync_core_before_usermode(mm);
		mmdrop_lazy_tlb(mm);
		/* expect: AMM004 drop lazy-switch in=finish_task_switch col=3 seed=needs-change upstream=converted */
	}
	if (unlikely(prev_state == TASK_DEAD))
		put_task_struct_rcu_user(prev);

	return rq;
}

/*
 * context_switch - load the next task's mm (or borrow one) and its registers.
 */
static __always_inline struct rq *
context_switch(struct rq *rq, struct task_struct *prev,
	       struct task_struct *next, struct rq_flags *rf)
{
	prepare_task_switch(rq, prev, next);
	arch_start_context_switch(prev);

	/*
	 * To a kernel thread: keep the loaded mm and pass it on, with a
	 * lazy reference when it came from a user task.  To a user task:
	 * switch, and let finish_task_switch() drop a kthread's reference.
	 */
	if (!next->mm) {                                // to kernel
		enter_lazy_tlb(prev->active_mm, next);
		/* expect: AMM012 lazy-enter lazy-switch in=context_switch col=3 seed=info upstream=info */
		/* expect: AMM003 read lazy-switch in=context_switch col=24 seed=needs-change upstream=info */

		next->active_mm = prev->active_mm;
		/* expect: AMM003 write lazy-switch in=context_switch col=9 seed=needs-change upstream=info */
		/* expect: AMM003 read lazy-switch in=context_switch col=27 seed=needs-change upstream=info */
		if (prev->mm)                           // from user
			mmgrab_lazy_tlb(prev->active_mm);
			/* expect: AMM004 grab lazy-switch in=context_switch col=4 seed=needs-change upstream=converted */
			/* expect: AMM003 read lazy-switch in=context_switch col=26 seed=needs-change upstream=info */
		else
			prev->active_mm = NULL;
			/* expect: AMM003 write lazy-switch in=context_switch col=10 seed=needs-change upstream=info */
	} else {                                        // to user
		membarrier_switch_mm(rq, prev->active_mm, next->mm);
		/* expect: AMM003 read lazy-switch in=context_switch col=34 seed=needs-change upstream=info */
		switch_mm_irqs_off(prev->active_mm, next->mm, next);
		/* expect: AMM003 read lazy-switch in=context_switch col=28 seed=needs-change upstream=info */
		lru_gen_use_mm(next->mm);

		if (!prev->mm) {                        // from kernel
			/* dropped in finish_task_switch() */
			rq->prev_mm = prev->active_mm;
			/* expect: AMM003 read lazy-switch in=context_switch col=24 seed=needs-change upstream=info */
			prev->active_mm = NULL;
			/* expect: AMM003 write lazy-switch in=context_switch col=10 seed=needs-change upstream=info */
		}
	}

	prepare_lock_switch(rq, next, rf);

	/* Registers and stack last; the mm is already settled. */
	switch_to(prev, next, prev);
	barrier();

	return finish_task_switch(prev);
}

#ifdef CONFIG_HOTPLUG_CPU
/*
 * Called on a CPU about to go offline: leave whatever user mm the idle
 * task still has loaded.  finish_cpu() drops the lazy reference later.
 */
void idle_task_exit(void)
{
	struct mm_struct *mm = current->active_mm;
	/* expect: AMM005 read cpu-teardown in=idle_task_exit col=34 if=CONFIG_HOTPLUG_CPU seed=needs-change upstream=info */

	BUG_ON(cpu_online(smp_processor_id()));
	BUG_ON(current != this_rq()->idle);

	if (mm != &init_mm) {
		switch_mm(mm, &init_mm, current);
		finish_arch_post_lock_switch();
	}
}
#endif /* CONFIG_HOTPLUG_CPU */

void __init sched_init(void)
{
	int i;

	for_each_possible_cpu(i) {
		struct rq *rq = cpu_rq(i);

		raw_spin_lock_init(&rq->__lock);
		rq->nr_running = 0;
		rq->cpu = i;
	}

	/*
	 * The boot CPU's idle thread borrows mms lazily like any kthread.
	 */
	mmgrab_lazy_tlb(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=sched_init col=2 seed=needs-change upstream=converted */
	enter_lazy_tlb(&init_mm, current);
	/* expect: AMM012 lazy-enter cpu-bringup in=sched_init col=2 seed=info upstream=info */

	init_idle(current, smp_processor_id());
}
