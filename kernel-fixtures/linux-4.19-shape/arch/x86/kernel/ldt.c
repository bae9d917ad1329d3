// SPDX-License-Identifier: GPL-2.0
/*
 * Per-mm local descriptor tables, reduced to the cross-CPU reload.
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/smp.h>

#include <asm/ldt.h>
#include <asm/desc.h>
#include <asm/mmu_context.h>

/* context.lock is held by the caller, so no locking here. */
static void flush_ldt(void *__mm)
{
	struct mm_struct *mm = __mm;

	if (current->active_mm != mm)
	/* expect: AMM008 read loaded-mm in=flush_ldt col=15 seed=needs-change */
		return;

	load_mm_ldt(mm);
}

static void install_ldt(struct mm_struct *mm, struct ldt_struct *ldt)
{
	mutex_lock(&mm->context.lock);

	/* Paired with the READ_ONCE() in load_mm_ldt(). */
	smp_store_release(&mm->context.ldt, ldt);

	/* Reload it on every CPU that may be running this mm. */
	on_each_cpu_mask(mm_cpumask(mm), flush_ldt, mm, true);

	mutex_unlock(&mm->context.lock);
}
