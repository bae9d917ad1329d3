// SPDX-License-Identifier: GPL-2.0-only
/*
 * SMP support, reduced to the secondary CPU entry.
 */
#include <linux/sched/mm.h>
#include <linux/smp.h>
#include <linux/cpu.h>

#include <asm/mmu_context.h>
#include <asm/setup.h>

/*
 * C entry of a secondary CPU, reached from the boot stub once the
 * current task register has been set up.
 */
void start_kernel_secondary(void)
{
	struct mm_struct *mm = &init_mm;
	unsigned int cpu = smp_processor_id();

	/* Caches, MMU and interrupt vectors of this CPU. */
	setup_processor();

	mmget(mm);
	mmgrab(mm);
	/* expect: AMM005 grab cpu-bringup in=start_kernel_secondary col=2 seed=info */
	current->active_mm = mm;
	/* expect: AMM005 write cpu-bringup in=start_kernel_secondary col=11 seed=info */
	cpumask_set_cpu(cpu, mm_cpumask(mm));

	notify_cpu_starting(cpu);
	set_cpu_online(cpu, true);

	local_irq_enable();
	cpu_startup_entry(CPUHP_AP_ONLINE_IDLE);
}
