
#ifdef CONFIG_${option}
/**
 * arch_shoot_down_dead_mm - make sure no CPU still uses a dead mm
 * @mm: the mm whose page tables exit_mmap() has just freed
 *
 * The TLB flush that freed the page tables has interrupted every other CPU
 * in mm_cpumask(@mm), and a CPU that was lazy on @mm switched to init_mm when
 * it took that flush.  Only this CPU (the exiting task ran here) and a CPU
 * that left cpu_online_mask before the flush can still have @mm loaded:
 * switch this one away, wait for those, and check that no other CPU is left.
 */
void arch_shoot_down_dead_mm(struct mm_struct *mm)
{
	unsigned int cpu;

	preempt_disable();
	if (current_active_mm() == mm) {
		WARN_ON_ONCE(current->mm);
		switch_mm(mm, &init_mm, current);
		set_current_active_mm(&init_mm);
	}
	preempt_enable();
	wait_for_cpus_leaving_mm(mm);
	preempt_disable();
	cpu = cpumask_any_but(mm_cpumask(mm), smp_processor_id());
	VM_WARN_ON_ONCE(cpu < nr_cpu_ids);
	preempt_enable();
}
#endif
