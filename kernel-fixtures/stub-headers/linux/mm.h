/* Stand-in: what an arch's TLB code has in scope in the kernel. */
#ifndef STUB_LINUX_MM_H
#define STUB_LINUX_MM_H

#include <linux/mm_types.h>
#include <linux/sched/mm.h>
#include <asm/tlbflush.h>

typedef void (*smp_call_func_t)(void *info);

extern unsigned int nr_cpu_ids;

unsigned int smp_processor_id(void);
void preempt_disable(void);
void preempt_enable(void);
struct cpumask *mm_cpumask(struct mm_struct *mm);
unsigned int cpumask_any_but(const struct cpumask *mask, unsigned int cpu);
void switch_mm(struct mm_struct *prev, struct mm_struct *next,
	       struct task_struct *tsk);
void on_each_cpu_mask(const struct cpumask *mask, smp_call_func_t func,
		      void *info, bool wait);
int on_each_cpu(smp_call_func_t func, void *info, int wait);
#define VM_WARN_ON_ONCE(cond) ((void)(cond))

#endif
