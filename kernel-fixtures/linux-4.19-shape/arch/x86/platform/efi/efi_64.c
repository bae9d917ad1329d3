// SPDX-License-Identifier: GPL-2.0
/*
 * Switching to the EFI page tables on x86_64, reduced.
 */
#include <linux/efi.h>
#include <linux/mm.h>
#include <linux/sched.h>

#include <asm/efi.h>
#include <asm/mmu_context.h>
#include <asm/tlbflush.h>

struct efi_scratch efi_scratch;

/*
 * Switch the calling thread to or from efi_mm.  Callers may run with
 * current->active_mm == init_mm (SetVirtualAddressMap() at boot) or on
 * expect: AMM014 note col=13 seed=info
 * a user task's own mm (runtime services).  No reference is taken or
 * dropped: the mm cannot go away while we borrow efi_mm.
 */
void efi_switch_mm(struct mm_struct *mm)
{
	task_lock(current);
	efi_scratch.prev_mm = current->active_mm;
	/* expect: AMM007 read efi in=efi_switch_mm col=33 seed=needs-change */
	current->active_mm = mm;
	/* expect: AMM007 write efi in=efi_switch_mm col=11 seed=needs-change */
	switch_mm(efi_scratch.prev_mm, mm, NULL);
	task_unlock(current);
}

static efi_status_t efi_thunk_get_time(efi_time_t *tm, efi_time_cap_t *tc)
{
	efi_status_t status;

	efi_switch_mm(&efi_mm);
	status = efi_thunk(get_time, tm, tc);
	efi_switch_mm(efi_scratch.prev_mm);

	return status;
}
