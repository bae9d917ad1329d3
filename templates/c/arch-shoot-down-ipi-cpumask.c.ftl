
#ifdef CONFIG_${option}
static void shoot_down_lazy_mm(void *info)
{
	struct mm_struct *mm = info;

<#if loadedMm?has_content>
	/*
	 * Two records: a borrower writes ours before it switches, and a
	 * flush may switch the arch's to init_mm without writing ours.
	 */
	if (${loadedMm} != mm &&
	    current_active_mm() != mm)
		return;
	/* Only a lazy CPU can still have an mm without users loaded. */
	WARN_ON_ONCE(current->mm);
	if (${loadedMm} == mm)
		switch_mm(mm, &init_mm, current);
<#else>
	if (current_active_mm() != mm)
		return;
	/* Only a lazy CPU can still have an mm without users loaded. */
	WARN_ON_ONCE(current->mm);
	switch_mm(mm, &init_mm, current);
</#if>
	set_current_active_mm(&init_mm);
}

/**
 * arch_shoot_down_dead_mm - make sure no CPU still uses a dead mm
 * @mm: the mm whose page tables exit_mmap() has just freed
 *
 * The exiting task left this CPU lazy on @mm, and the TLB flush that freed
 * the page tables may have switched it to init_mm and taken it out of
 * mm_cpumask(@mm) without touching the record of the loaded mm: switch this
 * CPU away by its record first, then interrupt every CPU in mm_cpumask(@mm);
 * the ones that are lazy on @mm switch to init_mm.
 */
void arch_shoot_down_dead_mm(struct mm_struct *mm)
{
	unsigned long flags;

	local_irq_save(flags);
	shoot_down_lazy_mm(mm);
	local_irq_restore(flags);
	on_each_cpu_mask(mm_cpumask(mm), shoot_down_lazy_mm, mm, true);
	wait_for_cpus_leaving_mm(mm);
}
#endif
