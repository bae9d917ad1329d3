/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * TLB miss handlers, reduced to the page-table lookup.
 */

#include <linux/linkage.h>
#include <asm/entry.h>
#include <asm/mmu.h>
#include <asm/pgtable.h>
#include <asm/arcregs.h>
#include <asm/asm-offsets.h>

/*
 * Look up the PTE for the faulting address in the page tables of the
 * mm this CPU has loaded (the current task's active_mm).
 * expect: AMM014 note col=47 seed=info
 * Leaves the PTE in r0, its address in r1 and the fault address in r2.
 */
.macro LOAD_FAULT_PTE

	lr      r2, [efa]

#ifdef CONFIG_SMP
	GET_CURR_TASK_ON_CPU  r1
	ld      r1, [r1, TASK_ACT_MM]
	/* expect: AMM010 read loaded-mm in=LOAD_FAULT_PTE col=19 if=CONFIG_SMP seed=info */
	ld      r1, [r1, MM_PGD]
#else
	lr      r1, [ARC_REG_SCRATCH_DATA0]
#endif

	lsr     r0, r2, PGDIR_SHIFT
	ld.as   r3, [r1, r0]
	tst     r3, r3
	bz      do_slow_path_pf
.endm

ENTRY(EV_TLBMissD)

	TLBMISS_FREEUP_REGS
	LOAD_FAULT_PTE
	CONV_PTE_TO_TLB
	TLBMISS_RESTORE_REGS
	rtie

END(EV_TLBMissD)

ENTRY(EV_TLBMissI)

	TLBMISS_FREEUP_REGS
	/* Open-coded walk: the instruction side needs no slow-path check. */
	GET_CURR_TASK_ON_CPU  r1
	ld      r1, [r1, TASK_ACT_MM]
	/* expect: AMM010 read loaded-mm in=EV_TLBMissI col=19 seed=info */
	ld      r1, [r1, MM_PGD]
	lr      r2, [efa]
	lsr     r0, r2, PGDIR_SHIFT
	ld.as   r0, [r1, r0]
	CONV_PTE_TO_TLB
	TLBMISS_RESTORE_REGS
	rtie

END(EV_TLBMissI)
