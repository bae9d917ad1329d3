// SPDX-License-Identifier: GPL-2.0
/*
 * debugfs view of the address space the reading task runs on.
 */
#include <linux/debugfs.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/seq_file.h>

static struct dentry *lazy_mm_dir;

static int lazy_mm_show(struct seq_file *m, void *v)
{
	struct mm_struct *mm = current->active_mm;
	/* expect: AMM011 read debug in=lazy_mm_show col=34 seed=needs-change upstream=info */

	seq_printf(m, "mm %px pgd %px users %d\n", mm, mm->pgd,
		   atomic_read(&mm->mm_users));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(lazy_mm);

static int __init lazy_mm_init(void)
{
	lazy_mm_dir = debugfs_create_file("lazy_mm", 0444, NULL, NULL,
					  &lazy_mm_fops);
	return 0;
}
module_init(lazy_mm_init);

MODULE_LICENSE("GPL");
