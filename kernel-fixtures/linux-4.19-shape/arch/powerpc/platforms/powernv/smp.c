// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Taking a PowerNV CPU offline, reduced.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/cpu.h>

#include <asm/smp.h>

static void pnv_smp_cpu_kill_self(void)
{
	unsigned int cpu;

	/* Interrupts go off before the CPU is declared dead. */
	WARN_ON(irqs_disabled());
	hard_irq_disable();

	idle_task_exit();
	current->active_mm = NULL; /* for sanity */
	/* expect: AMM005 write cpu-teardown in=pnv_smp_cpu_kill_self col=11 seed=info */
	cpu = smp_processor_id();
	generic_set_cpu_dead(cpu);
	smp_wmb();
}
