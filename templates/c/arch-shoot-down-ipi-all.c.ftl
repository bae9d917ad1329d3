
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
 * This architecture does not record in mm_cpumask(@mm) every CPU that is
 * lazy on @mm, so interrupt every online CPU; the ones that are lazy on @mm
 * switch to init_mm.
 */
void arch_shoot_down_dead_mm(struct mm_struct *mm)
{
	on_each_cpu(shoot_down_lazy_mm, mm, 1);
	wait_for_cpus_leaving_mm(mm);
}
#endif
