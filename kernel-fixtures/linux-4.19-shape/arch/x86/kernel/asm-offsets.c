// SPDX-License-Identifier: GPL-2.0
/*
 * Structure offsets for the assembly code; the build turns the
 * compiler's output into asm-offsets.h.
 */
#define COMPILE_OFFSETS

#include <linux/crypto.h>
#include <linux/sched.h>
#include <linux/stddef.h>
#include <linux/kbuild.h>

#include <asm/processor.h>
#include <asm/thread_info.h>

void common(void) {
	BLANK();
	OFFSET(TASK_threadsp, task_struct, thread.sp);
	OFFSET(TSK_ACTIVE_MM, task_struct, active_mm);
	/* expect: AMM010 offsetof other in=common col=37 seed=needs-change */

	BLANK();
	OFFSET(MM_CONTEXT_LDT, mm_struct, context.ldt);
}
