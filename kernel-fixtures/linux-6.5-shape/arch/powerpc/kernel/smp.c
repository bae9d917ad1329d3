// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Secondary CPU bring-up on powerpc, reduced.
 */
#include <linux/kernel.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>
#include <linux/cpu.h>

#include <asm/kup.h>
#include <asm/mmu_context.h>
#include <asm/time.h>

/* C entry of a secondary CPU once it has left the spin loop. */
void start_secondary(void *unused)
{
	unsigned int cpu = raw_smp_processor_id();

	/* 64-bit sets up KUP earlier, in early_setup_secondary(). */
	if (IS_ENABLED(CONFIG_PPC32))
		setup_kup();

	mmgrab_lazy_tlb(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=start_secondary col=2 seed=info upstream=converted */
	current->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=start_secondary col=11 seed=info upstream=info */
	VM_WARN_ON(cpumask_test_cpu(smp_processor_id(), mm_cpumask(&init_mm)));
	cpumask_set_cpu(cpu, mm_cpumask(&init_mm));
	inc_mm_active_cpus(&init_mm);

	smp_store_cpu_info(cpu);
	set_dec(tb_ticks_per_jiffy);
	rcu_cpu_starting(cpu);
	cpu_callin_map[cpu] = 1;

	notify_cpu_starting(cpu);
	set_cpu_online(cpu, true);

	local_irq_enable();
	cpu_startup_entry(CPUHP_AP_ONLINE_IDLE);
}
