
#ifdef CONFIG_${option}
/* Every CPU starts on init_mm, as init_task's active_mm did. */
DEFINE_PER_CPU(struct mm_struct *, cpu_active_mm) = &init_mm;
#endif
