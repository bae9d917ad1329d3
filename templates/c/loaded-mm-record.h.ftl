
#ifdef CONFIG_${option}
/*
 * The record of the mm this CPU has loaded (see current_active_mm() in
 * <linux/sched.h>) is written with interrupts off, so that
 * arch_shoot_down_dead_mm() never sees a CPU whose record and loaded page
 * tables disagree.
 */
DECLARE_PER_CPU(struct mm_struct *, cpu_active_mm);

/* Spin until no offline CPU's record is @mm, which has no users left. */
void wait_for_cpus_leaving_mm(struct mm_struct *mm);

/* This CPU has switched to @mm (written after the switch, irqs off). */
static inline void record_loaded_mm(struct mm_struct *mm)
{
	unsigned long flags;

	local_irq_save(flags);
	this_cpu_write(cpu_active_mm, mm);
	local_irq_restore(flags);
}

static inline void set_current_active_mm(struct mm_struct *mm)
{
	record_loaded_mm(mm);
}

/*
 * Around a write of the record and the switch of the loaded mm: a shootdown
 * IPI between the two would find the record and the loaded mm apart.  Saves
 * and restores, since a firmware call can come with interrupts off.
 */
static inline unsigned long loaded_mm_switch_begin(void)
{
	unsigned long flags;

	local_irq_save(flags);
	return flags;
}

static inline void loaded_mm_switch_end(unsigned long flags)
{
	local_irq_restore(flags);
}

/*
 * Another task, the scheduler's handoff, or current before a switch that
 * record_loaded_mm() follows: the record says it, or will.
 */
static inline void set_task_active_mm(struct task_struct *tsk,
				      struct mm_struct *mm)
{
}

/* A dead CPU's idle task: idle_task_exit() has switched it to init_mm. */
static inline struct mm_struct *idle_task_active_mm(struct task_struct *idle)
{
	return &init_mm;
}

/*
 * The mm to go back to after borrowing one (EFI): a shootdown may have
 * torn down the saved lazy mm meanwhile, so never the saved one.
 */
static inline struct mm_struct *unborrow_mm(struct mm_struct *saved)
{
	return current->mm ?: &init_mm;
}
#else
static inline void record_loaded_mm(struct mm_struct *mm)
{
}

static inline void set_current_active_mm(struct mm_struct *mm)
{
	current->active_mm = mm;
}

static inline unsigned long loaded_mm_switch_begin(void)
{
	return 0;
}

static inline void loaded_mm_switch_end(unsigned long flags)
{
}

static inline void set_task_active_mm(struct task_struct *tsk,
				      struct mm_struct *mm)
{
	tsk->active_mm = mm;
}

static inline struct mm_struct *idle_task_active_mm(struct task_struct *idle)
{
	return idle->active_mm;
}

static inline struct mm_struct *unborrow_mm(struct mm_struct *saved)
{
	return saved;
}
#endif
