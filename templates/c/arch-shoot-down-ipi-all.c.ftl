
#ifdef CONFIG_${option}
static void shoot_down_lazy_mm(void *info)
{
	struct mm_struct *mm = info;

	if (${loadedMm} == mm)
		switch_mm(mm, &init_mm, current);
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
}
#endif
