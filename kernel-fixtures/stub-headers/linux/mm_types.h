/* Stand-in: struct mm_struct and the atomics its reference counts use. */
#ifndef STUB_LINUX_MM_TYPES_H
#define STUB_LINUX_MM_TYPES_H

#include <linux/kconfig.h>
#include <linux/types.h>

typedef struct {
	int counter;
} atomic_t;

struct cpumask {
	unsigned long bits[1];
};

struct mm_struct {
	atomic_t mm_users;
	atomic_t mm_count;
	struct cpumask cpu_bitmap;
};

struct task_struct;

extern struct mm_struct init_mm;
struct task_struct *get_current(void);
#define current get_current()

/* Per-CPU data and interrupt flags, as the generated helpers use them. */
#define DECLARE_PER_CPU(type, name) extern type name
#define this_cpu_read(var) (var)
#define this_cpu_write(var, val) ((var) = (val))
#define local_irq_save(flags) ((flags) = 0)
#define local_irq_restore(flags) ((void)(flags))
#define smp_mb() ((void)0)
#define WARN_ON_ONCE(cond) ((void)(cond))

void atomic_inc(atomic_t *v);
int atomic_dec_and_test(atomic_t *v);

#endif
