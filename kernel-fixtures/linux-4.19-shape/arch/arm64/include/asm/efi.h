/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_EFI_H
#define _ASM_EFI_H

#include <asm/cpufeature.h>
#include <asm/mmu_context.h>
#include <asm/neon.h>
#include <asm/tlbflush.h>

#define arch_efi_call_virt_setup()                                      \
({                                                                      \
	efi_virtmap_load();                                             \
	__efi_fpsimd_begin();                                           \
})

static inline void efi_set_pgd(struct mm_struct *mm)
{
	__switch_mm(mm);

	if (system_uses_ttbr0_pan()) {
		if (mm != current->active_mm) {
		/* expect: AMM007 read efi in=efi_set_pgd col=22 seed=info */
			/*
			 * The saved ttbr0 is restored on return from an
			 * exception: point it at the EFI tables for now.
			 */
			update_saved_ttbr0(current, mm);
		} else {
			/*
			 * Going back: defer the TTBR0_EL1 switch until
			 * uaccess_enable(), restoring the ttbr0 that
			 * belongs to the thread's active_mm.
			 * expect: AMM014 note in=efi_set_pgd col=31 seed=info
			 */
			cpu_set_reserved_ttbr0();
			update_saved_ttbr0(current, current->active_mm);
			/* expect: AMM007 read efi in=efi_set_pgd col=41 seed=info */
		}
	}
}

void efi_virtmap_load(void);
void efi_virtmap_unload(void);

#endif /* _ASM_EFI_H */
