// SPDX-License-Identifier: GPL-2.0-only
/*
 *  linux/fs/exec.c
 *
 *  Replacing the address space of a task on execve().
 */
#include <linux/mm.h>
#include <linux/sched/mm.h>
#include <linux/binfmts.h>

#include <asm/mmu_context.h>

/*
 * Swap in the freshly built mm.  A kernel thread calling execve() (the
 * first user process, usermode helpers) has no old mm of its own: it only
 * held a lazy reference on the one it borrowed, which is dropped here.
 */
static int exec_mmap(struct mm_struct *mm)
{
	struct task_struct *tsk;
	struct mm_struct *old_mm, *active_mm;
	int ret;

	/* Tell the vfork parent that the old address space is done with. */
	tsk = current;
	old_mm = current->mm;
	exec_mm_release(tsk, old_mm);

	ret = down_write_killable(&tsk->signal->exec_update_lock);
	if (ret)
		return ret;

	if (old_mm)
		mmap_read_lock(old_mm);

	task_lock(tsk);
	membarrier_exec_mmap(mm);

	local_irq_disable();
	active_mm = tsk->active_mm;
	/* expect: AMM006 read exec in=exec_mmap col=19 seed=needs-change upstream=info */
	tsk->active_mm = mm;
	/* expect: AMM006 write exec in=exec_mmap col=7 seed=needs-change upstream=info */
	tsk->mm = mm;
	/* Some arches must activate the new mm with irqs off. */
	if (!IS_ENABLED(CONFIG_ARCH_WANT_IRQS_OFF_ACTIVATE_MM))
		local_irq_enable();
	activate_mm(active_mm, mm);
	if (IS_ENABLED(CONFIG_ARCH_WANT_IRQS_OFF_ACTIVATE_MM))
		local_irq_enable();
	task_unlock(tsk);
	if (old_mm) {
		mmap_read_unlock(old_mm);
		BUG_ON(active_mm != old_mm);
		mm_update_next_owner(old_mm);
		mmput(old_mm);
		return 0;
	}
	mmdrop_lazy_tlb(active_mm);
	/* expect: AMM004 drop exec in=exec_mmap col=2 seed=needs-change upstream=converted */
	return 0;
}
