
#ifdef CONFIG_${option}
static void shoot_down_lazy_mm(void *info)
{
	struct mm_struct *mm = info;

	/* With interrupts off, the record and the loaded mm agree. */
	if (current_active_mm() != mm)
		return;
	/* Only a lazy CPU can still have an mm without users loaded. */
	WARN_ON_ONCE(current->mm);
<#if loadedMm?has_content>
	/* A flush may have moved the arch's record to init_mm already. */
	if (${loadedMm} == mm)
		switch_mm(mm, &init_mm, current);
<#else>
	switch_mm(mm, &init_mm, current);
</#if>
	set_current_active_mm(&init_mm);
}

/**
 * arch_shoot_down_dead_mm - make sure no CPU still uses a dead mm
 * @mm: the mm whose page tables exit_mmap() has just freed
 *
 * This architecture does not keep every CPU that is lazy on @mm in
 * mm_cpumask(@mm): interrupt, in one round, the other CPUs whose record
 * of the loaded mm is @mm, and switch this CPU (which the exiting task
 * may have left lazy on @mm) away here.  @mm has no users left, so no CPU
 * can record it from now on: a CPU seen with another mm needs nothing.
 */
void arch_shoot_down_dead_mm(struct mm_struct *mm)
{
	cpumask_var_t cpus;
	unsigned long flags;
	int cpu;

	if (!zalloc_cpumask_var(&cpus, GFP_KERNEL)) {
		/* No memory for the mask: every CPU checks its own record. */
		on_each_cpu(shoot_down_lazy_mm, mm, 1);
		wait_for_cpus_leaving_mm(mm);
		return;
	}
	preempt_disable();
	for_each_online_cpu(cpu) {
		if (cpu != smp_processor_id() &&
		    READ_ONCE(per_cpu(cpu_active_mm, cpu)) == mm)
			__cpumask_set_cpu(cpu, cpus);
	}
	smp_call_function_many(cpus, shoot_down_lazy_mm, mm, true);
	local_irq_save(flags);
	shoot_down_lazy_mm(mm);
	local_irq_restore(flags);
	preempt_enable();
	free_cpumask_var(cpus);
	wait_for_cpus_leaving_mm(mm);
}
#endif
