
#ifdef CONFIG_${option}
static void shoot_down_lazy_mm(void *info)
{
	struct mm_struct *mm = info;

<#if loadedMm?has_content>
	/* The arch's record: a borrower writes ours before it switches. */
	if (${loadedMm} != mm)
<#else>
	if (current_active_mm() != mm)
</#if>
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
 * Every CPU that can still have @mm loaded is in mm_cpumask(@mm): interrupt
 * each of them, and the ones that are lazy on @mm switch to init_mm.
 */
void arch_shoot_down_dead_mm(struct mm_struct *mm)
{
	on_each_cpu_mask(mm_cpumask(mm), shoot_down_lazy_mm, mm, true);
}
#endif
