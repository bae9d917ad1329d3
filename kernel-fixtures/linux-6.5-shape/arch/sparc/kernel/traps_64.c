// SPDX-License-Identifier: GPL-2.0
/* Sparc64 trap set-up, reduced to trap_init(). */

#include <linux/init.h>
#include <linux/sched/mm.h>

#include <asm/head.h>
#include <asm/thread_info.h>

void __init trap_init(void)
{
	/* The assembly offsets must match the C structure. */
	BUILD_BUG_ON(TI_TASK != offsetof(struct thread_info, task) ||
		     TI_FLAGS != offsetof(struct thread_info, flags));

	/*
	 * The boot CPU's idle task runs on init_mm; secondary CPUs do the
	 * same in smp_callin().
	 */
#ifdef CONFIG_MMU_LAZY_TLB_REFCOUNT
	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=trap_init col=2 if=CONFIG_MMU_LAZY_TLB_REFCOUNT seed=info upstream=converted */
#endif
	current->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=trap_init col=11 seed=info upstream=info */
}
