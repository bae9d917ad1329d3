
/*
 * The mm this CPU has loaded.  Under ${option}
 * task_struct has no active_mm: each CPU records the mm it has loaded,
 * and the record stands in for current->active_mm.  A macro, so that
 * headers included before <linux/sched/mm.h> can use it.
 */
#ifdef CONFIG_${option}
DECLARE_PER_CPU(struct mm_struct *, cpu_active_mm);
#define current_active_mm()	this_cpu_read(cpu_active_mm)
#else
#define current_active_mm()	(current->active_mm)
#endif
