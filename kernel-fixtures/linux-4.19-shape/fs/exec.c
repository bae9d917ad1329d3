// SPDX-License-Identifier: GPL-2.0
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

	/* Tell the vfork parent that the old address space is done with. */
	tsk = current;
	old_mm = current->mm;
	mm_release(tsk, old_mm);

	if (old_mm) {
		sync_mm_rss(old_mm);
		down_read(&old_mm->mmap_sem);
	}
	task_lock(tsk);
	active_mm = tsk->active_mm;
	/* expect: AMM006 read exec in=exec_mmap col=19 seed=needs-change */
	tsk->mm = mm;
	tsk->active_mm = mm;
	/* expect: AMM006 write exec in=exec_mmap col=7 seed=needs-change */
	activate_mm(active_mm, mm);
	vmacache_flush(tsk);
	task_unlock(tsk);
	if (old_mm) {
		up_read(&old_mm->mmap_sem);
		BUG_ON(active_mm != old_mm);
		mm_update_next_owner(old_mm);
		mmput(old_mm);
		return 0;
	}
	mmdrop(active_mm);
	/* expect: AMM004 drop exec in=exec_mmap col=2 seed=needs-change */
	return 0;
}

int flush_old_exec(struct linux_binprm *bprm)
{
	int retval;

	retval = exec_mmap(bprm->mm);
	if (retval)
		return retval;

	bprm->mm = NULL;
	pr_debug("exec: switched away from the old active_mm\n");
	return 0;
}
