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

static struct mm_struct *efi_prev_mm;

/*
 * Run EFI runtime services on efi_mm.  The temporary-mm helpers switch
 * the page tables only: current->active_mm and a kernel thread's lazy
 * TLB state stay as they were, so nothing here needs a reference.
 * Callers keep preemption and interrupts off in between.
 */
void efi_enter_mm(void)
{
	efi_prev_mm = use_temporary_mm(&efi_mm);
}

void efi_leave_mm(void)
{
	unuse_temporary_mm(efi_prev_mm);
}

static efi_status_t efi_thunk_get_time(efi_time_t *tm, efi_time_cap_t *tc)
{
	efi_status_t status;

	efi_enter_mm();
	status = efi_thunk(get_time, tm, tc);
	efi_leave_mm();

	return status;
}
