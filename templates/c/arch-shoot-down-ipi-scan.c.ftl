
#ifdef CONFIG_${option}
static void shoot_down_lazy_mm(void *info)
{
	struct mm_struct *mm = info;

	if (current_active_mm() != mm)
		return;
	/* Only a lazy CPU can still have an mm without users loaded. */
	WARN_ON_ONCE(current->mm);
	switch_mm(mm, &init_mm, current);
	set_current_active_mm(&init_mm);
}

/**
 * arch_shoot_down_dead_mm - make sure no CPU still uses a dead mm
 * @mm: the mm whose page tables exit_mmap() has just freed
 *
 * This architecture does not keep every CPU that is lazy on @mm in
 * mm_cpumask(@mm): interrupt the CPUs whose record of the loaded mm is
 * @mm.  @mm has no users left, so no CPU can record it from now on.
 */
void arch_shoot_down_dead_mm(struct mm_struct *mm)
{
	int cpu;

	for_each_online_cpu(cpu) {
		if (per_cpu(cpu_active_mm, cpu) == mm)
			smp_call_function_single(cpu, shoot_down_lazy_mm,
						 mm, 1);
	}
}
#endif
