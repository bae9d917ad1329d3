/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_EFI_H
#define _ASM_EFI_H

#include <asm/cpufeature.h>
#include <asm/mmu_context.h>

/* A runtime service call runs on efi_mm, loaded by efi_virtmap_load(). */
#define arch_efi_call_virt_setup()					\
({									\
	efi_virtmap_load();						\
	__efi_fpsimd_begin();						\
})

#define arch_efi_call_virt_teardown()					\
({									\
	__efi_fpsimd_end();						\
	efi_virtmap_unload();						\
})

static inline void efi_set_pgd(struct mm_struct *mm)
{
	__switch_mm(mm);

	if (!system_uses_ttbr0_pan())
		return;
	if (mm != current->active_mm) {
	/* expect: AMM007 read efi in=efi_set_pgd col=21 seed=info upstream=info */
		/*
		 * Entering the firmware: the saved ttbr0 comes back on an
		 * exception return, so it has to name the EFI tables now,
		 * and there is no exception return to run the workaround.
		 */
		update_saved_ttbr0(current, mm);
		uaccess_ttbr0_enable();
		post_ttbr_update_workaround();
	} else {
		/*
		 * Leaving it: TTBR0_EL1 goes back to the thread's own
		 * tables only at the next uaccess_enable().
		 */
		uaccess_ttbr0_disable();
		update_saved_ttbr0(current, current->active_mm);
		/* expect: AMM007 read efi in=efi_set_pgd col=40 seed=info upstream=info */
	}
}

void efi_virtmap_load(void);
void efi_virtmap_unload(void);

#endif /* _ASM_EFI_H */
