
#ifdef CONFIG_${option}
/* Every CPU starts on init_mm, as init_task's active_mm did. */
DEFINE_PER_CPU(struct mm_struct *, cpu_active_mm) = &init_mm;

/*
 * Called by arch_shoot_down_dead_mm() after its IPIs (wait=true) and after
 * switching the calling CPU.  @mm has no users, so no CPU can newly record
 * it, and every online CPU that had it loaded has switched away.  A CPU
 * that left cpu_online_mask before the IPIs was skipped by them and still
 * has @mm loaded until idle_task_exit() switches it to init_mm; its record
 * changes only after that switch, so once it changes that CPU no longer
 * touches @mm.  An offline CPU that never ran with @mm holds init_mm.  Only
 * offline CPUs are waited for: an arch TLB flush may switch an online lazy
 * CPU to init_mm without writing its record, which then stays @mm.
 */
void wait_for_cpus_leaving_mm(struct mm_struct *mm)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		while (!cpu_online(cpu) &&
		       READ_ONCE(per_cpu(cpu_active_mm, cpu)) == mm)
			cpu_relax();
	}
}
#endif
