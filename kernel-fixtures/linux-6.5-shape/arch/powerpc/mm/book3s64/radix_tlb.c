// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Radix MMU TLB flushing, reduced to the flush when an mm exits.
 */
#include <linux/mm.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>

#include <asm/tlb.h>
#include <asm/tlbflush.h>

/*
 * IPI handler: the mm is exiting and its last user thread is gone.  A
 * kernel thread still running on it lazily is moved to init_mm so that
 * the full PID flush below leaves nothing behind on this CPU.
 */
static void do_exit_flush_lazy_tlb(void *arg)
{
	struct mm_struct *mm = arg;
	unsigned long pid = mm->context.id;

	/* A kthread that did kthread_use_mm() on it owns it: leave it. */
	if (current->mm == mm)
		goto out;

	if (current->active_mm == mm) {
	/* expect: AMM008 read loaded-mm in=do_exit_flush_lazy_tlb col=15 seed=info upstream=info */
		unsigned long flags;

		WARN_ON_ONCE(current->mm != NULL);
		local_irq_save(flags);
		mmgrab_lazy_tlb(&init_mm);
		/* expect: AMM004 grab loaded-mm in=do_exit_flush_lazy_tlb col=3 seed=info upstream=converted */
		current->active_mm = &init_mm;
		/* expect: AMM008 write loaded-mm in=do_exit_flush_lazy_tlb col=12 seed=info upstream=info */
		switch_mm_irqs_off(mm, &init_mm, current);
		mmdrop_lazy_tlb(mm);
		/* expect: AMM004 drop loaded-mm in=do_exit_flush_lazy_tlb col=3 seed=info upstream=converted */
		local_irq_restore(flags);
	}

	if (cpumask_test_cpu(smp_processor_id(), mm_cpumask(mm)))
		dec_mm_active_cpus(mm);
out:
	_tlbiel_pid(pid, RIC_FLUSH_ALL);
}

static void exit_flush_lazy_tlbs(struct mm_struct *mm)
{
	smp_call_function_many(mm_cpumask(mm), do_exit_flush_lazy_tlb,
			       (void *)mm, 1);
}
