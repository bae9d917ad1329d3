// SPDX-License-Identifier: GPL-2.0
/*
 *  Oops reporting for kernel-mode page faults, reduced.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/uaccess.h>

#include <asm/traps.h>
#include <asm/pgtable.h>

static void dump_pagetable(unsigned long address)
{
	struct mm_struct *mm;
	pgd_t *pgd;

	/* Walk the tables the CPU really uses, borrowed or not. */
	mm = current->mm ? current->mm : current->active_mm;
	/* expect: AMM011 read debug in=dump_pagetable col=44 seed=needs-change */
	pgd = mm->pgd + pgd_index(address);

	pr_info("PGD %lx ", pgd_val(*pgd));
	pr_cont("\n");
}

static noinline void
show_fault_oops(struct pt_regs *regs, unsigned long error_code,
		unsigned long address)
{
#ifdef CONFIG_X86_64
	if (error_code & X86_PF_INSTR) {
#else
	if ((error_code & X86_PF_INSTR) && (__supported_pte_mask & _PAGE_NX)) {
#endif
		pr_crit("kernel tried to execute NX-protected page (uid: %d)\n",
			from_kuid(&init_user_ns, current_uid()));
	}

	if (!current->mm)
		pr_alert("kernel thread on a borrowed active_mm\n");

	pr_alert("BUG: unable to handle kernel paging request at %px\n",
		 (void *)address);
	dump_pagetable(address);
}

/*
 * A kernel thread touching user memory outside use_mm() faults on
 * whatever mm it inherited lazily; never service that fault.
 */
static int fault_on_lazy_mm(struct pt_regs *regs, unsigned long address)
{
	if (current->mm || user_mode(regs))
		return 0;

	return current->active_mm != &init_mm && address < TASK_SIZE_MAX;
	/* expect: AMM008 read loaded-mm in=fault_on_lazy_mm col=18 seed=needs-change */
}
