/* Stand-in: x86's per-CPU record of the loaded mm. */
#ifndef STUB_ASM_TLBFLUSH_H
#define STUB_ASM_TLBFLUSH_H

struct tlb_state {
	struct mm_struct *loaded_mm;
};

extern struct tlb_state cpu_tlbstate;

#endif
