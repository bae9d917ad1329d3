// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Secondary CPU bring-up on powerpc, reduced.
 */
#include <linux/kernel.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>
#include <linux/cpu.h>

#include <asm/mmu_context.h>
#include <asm/time.h>

/* C entry of a secondary CPU once it has left the spin loop. */
void start_secondary(void *unused)
{
	unsigned int cpu = smp_processor_id();

	/* Open-coded mmgrab(): the idle thread lives on init_mm. */
	atomic_inc(&init_mm.mm_count);
	/* expect: AMM005 grab cpu-bringup in=start_secondary col=2 seed=info */
	current->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=start_secondary col=11 seed=info */

	smp_store_cpu_info(cpu);
	set_dec(tb_ticks_per_jiffy);
	preempt_disable();
	cpu_callin_map[cpu] = 1;

	notify_cpu_starting(cpu);
	set_cpu_online(cpu, true);

	local_irq_enable();
	cpu_startup_entry(CPUHP_AP_ONLINE_IDLE);
}
