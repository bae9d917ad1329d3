/*
 * A kernel thread keeps the previous task's mm loaded ("lazy TLB") and holds
 * a reference on it.  Under CONFIG_${option} the architecture's
 * arch_shoot_down_dead_mm() makes sure no CPU still uses an mm once __mmput()
 * has torn it down, so these references and their atomic operations on
 * mm_count compile out.
 */
static inline void mmgrab_lazy_tlb(struct mm_struct *mm)
{
	if (!IS_ENABLED(CONFIG_${option}))
		mmgrab(mm);
}

static inline void mmdrop_lazy_tlb(struct mm_struct *mm)
{
	if (!IS_ENABLED(CONFIG_${option}))
		mmdrop(mm);
	else
		smp_mb(); /* membarrier needs the barrier of mmdrop() */
}

