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

void atomic_inc(atomic_t *v);
int atomic_dec_and_test(atomic_t *v);

#endif
