#ifdef CONFIG_${option}
/*
 * Called from __mmput() once exit_mmap() has freed the page tables: the
 * architecture makes sure that no CPU still has @mm loaded, lazily or not.
 */
void arch_shoot_down_dead_mm(struct mm_struct *mm);
#else
static inline void arch_shoot_down_dead_mm(struct mm_struct *mm)
{
}
#endif

