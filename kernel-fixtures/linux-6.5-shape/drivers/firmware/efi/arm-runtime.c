// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runtime services on arm64, reduced: the firmware's mappings live in
 * efi_mm, which is loaded around each call.
 */
#include <linux/efi.h>
#include <linux/mm_types.h>
#include <linux/preempt.h>
#include <linux/sched.h>

#include <asm/efi.h>

extern struct mm_struct efi_mm;

void efi_virtmap_load(void)
{
	preempt_disable();
	efi_set_pgd(&efi_mm);
}

void efi_virtmap_unload(void)
{
	efi_set_pgd(current->active_mm);
	/* expect: AMM007 read efi in=efi_virtmap_unload col=23 seed=info upstream=info */
	preempt_enable();
}
