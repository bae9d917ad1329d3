// SPDX-License-Identifier: GPL-2.0
#include <linux/sched/mm.h>

static void finish_task_switch(struct rq *rq)
{
	struct mm_struct *mm = rq->prev_mm;

	rq->prev_mm = NULL;
	if (mm)
		mmdrop(mm);
}

static void context_switch(struct rq *rq, struct task_struct *prev,
			   struct task_struct *next)
{
	struct mm_struct *mm, *oldmm;

	mm = next->mm;
	oldmm = prev->active_mm;
	if (!mm) {
		next->active_mm = oldmm;
		mmgrab(oldmm);
		enter_lazy_tlb(oldmm, next);
	} else {
		switch_mm_irqs_off(oldmm, mm, next);
	}
	if (!prev->mm) {
		prev->active_mm = NULL;
		rq->prev_mm = oldmm;
	}
}

void idle_task_exit(void)
{
	struct mm_struct *mm = current->active_mm;

	if (mm != &init_mm) {
		switch_mm(mm, &init_mm, current);
		current->active_mm = &init_mm;
	}
	mmdrop(mm);
}

void __init sched_init(void)
{
	mmgrab(&init_mm);
	enter_lazy_tlb(&init_mm, current);
}
