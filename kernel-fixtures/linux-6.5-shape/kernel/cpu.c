// SPDX-License-Identifier: GPL-2.0-only
/* CPU control, reduced to the clean-up after a CPU went down. */
#include <linux/sched/mm.h>
#include <linux/sched/hotplug.h>
#include <linux/smpboot.h>
#include <linux/cpu.h>

/*
 * Runs on a surviving CPU once @cpu is dead: its idle task switched to
 * init_mm in idle_task_exit(), so put its bookkeeping there as well.
 */
static int finish_cpu(unsigned int cpu)
{
	struct task_struct *idle = idle_thread_get(cpu);
	struct mm_struct *mm = idle->active_mm;
	/* expect: AMM005 read cpu-teardown in=finish_cpu col=31 seed=needs-change upstream=info */

	if (mm != &init_mm)
		idle->active_mm = &init_mm;
		/* expect: AMM005 write cpu-teardown in=finish_cpu col=9 seed=needs-change upstream=info */
	mmdrop_lazy_tlb(mm);
	/* expect: AMM005 drop cpu-teardown in=finish_cpu col=2 seed=needs-change upstream=converted */
	pr_debug("CPU%u: idle active_mm back on init_mm\n", cpu);
	return 0;
}
