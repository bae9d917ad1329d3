// SPDX-License-Identifier: GPL-2.0
/*
 * Sleep support for the PowerBook power manager, reduced to the part
 * that reloads the MMU context after waking up.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/suspend.h>

#include <asm/mmu_context.h>
#include <asm/pmac_feature.h>

static int powerbook_sleep(void)
{
	int error;

	error = pmac_sleep_save_state();
	if (error)
		return error;

	low_sleep_handler();

	/* Back from sleep: put the task's page tables back in the MMU. */
	switch_mmu_context(NULL, current->active_mm, NULL);
	/* expect: AMM008 read loaded-mm in=powerbook_sleep col=36 seed=info upstream=info */

	pmac_sleep_restore_state();
	return 0;
}

static int pmu_sleep_valid(suspend_state_t state)
{
	return state == PM_SUSPEND_MEM &&
		(pmac_call_feature(PMAC_FTR_SLEEP_STATE, NULL, 0, -1) >= 0);
}
