/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __SPARC_SWITCH_TO_H
#define __SPARC_SWITCH_TO_H

#include <asm/smp.h>

extern struct thread_info *current_set[NR_CPUS];

#ifdef CONFIG_SMP
/* Mark this CPU in the mask of the mm the next task will run on. */
#define SWITCH_ENTER_MM(next)                                           \
do {                                                                    \
	cpumask_set_cpu(smp_processor_id(), mm_cpumask((next)->active_mm)); \
	/* expect: AMM008 read loaded-mm in=SWITCH_ENTER_MM col=57 if=CONFIG_SMP seed=info */ \
} while (0)
#else
#define SWITCH_ENTER_MM(next)   do { } while (0)
#endif

#define switch_to(prev, next, last) do {                                \
	SWITCH_ENTER_MM(next);                                          \
	(last) = sparc_switch_to((prev), (next));                       \
} while (0)

#endif /* __SPARC_SWITCH_TO_H */
