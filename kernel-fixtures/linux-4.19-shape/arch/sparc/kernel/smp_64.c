// SPDX-License-Identifier: GPL-2.0
/* Sparc64 secondary CPU callin, reduced. */

#include <linux/kernel.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>
#include <linux/cpu.h>

#include <asm/mmu_context.h>
#include <asm/tlbflush.h>

void smp_callin(void)
{
	int cpuid = hard_smp_processor_id();

	__local_per_cpu_offset = __per_cpu_offset(cpuid);

	__flush_tlb_all();
	callin_flag = 1;

	/* A stale new_child flag would crash the first switch back here. */
	current_thread_info()->new_child = 0;

	/* The idle thread runs on init_mm like the boot task. */
	mmgrab(&init_mm);
	/* expect: AMM005 grab cpu-bringup in=smp_callin col=2 seed=info */
	current->active_mm = &init_mm;
	/* expect: AMM005 write cpu-bringup in=smp_callin col=11 seed=info */

	/* CPU hotplug notifiers run before we go online. */
	notify_cpu_starting(cpuid);

	set_cpu_online(cpuid, true);
	local_irq_enable();

	cpu_startup_entry(CPUHP_AP_ONLINE_IDLE);
}
