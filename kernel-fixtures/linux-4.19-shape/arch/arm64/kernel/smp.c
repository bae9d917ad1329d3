// SPDX-License-Identifier: GPL-2.0-only
/*
 * Secondary CPU bring-up, reduced.
 */
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>
#include <linux/cpu.h>

#include <asm/cpufeature.h>
#include <asm/mmu_context.h>

/*
 * First C code on a secondary CPU: the idle thread stack is ours, the
 * page tables are still the temporary boot ones.
 */
asmlinkage void secondary_start_kernel(void)
{
	u64 mpidr = read_cpuid_mpidr() & MPIDR_HWID_BITMASK;
	struct mm_struct *mm = &init_mm;
	unsigned int cpu;

	cpu = task_cpu(current);
	set_my_cpu_offset(per_cpu_offset(cpu));

	/* Idle threads run on init_mm: pin it before using it. */
	mmgrab(mm);
	/* expect: AMM005 grab cpu-bringup in=secondary_start_kernel col=2 seed=info */
	current->active_mm = mm;
	/* expect: AMM005 write cpu-bringup in=secondary_start_kernel col=11 seed=info */

	/* Drop the identity map from TTBR0 now that we are up. */
	cpu_uninstall_idmap();

	pr_debug("CPU%u: Booted secondary processor 0x%010lx\n",
		 cpu, (unsigned long)mpidr);
	cpu_startup_entry(CPUHP_AP_ONLINE_IDLE);
}
