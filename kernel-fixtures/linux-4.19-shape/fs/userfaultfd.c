// SPDX-License-Identifier: GPL-2.0-only
/*
 *  fs/userfaultfd.c
 *
 *  Reduced to the context set-up: it pins the mm of the task that
 *  created the descriptor, which has nothing to do with lazy TLB.
 */
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/userfaultfd_k.h>

static struct userfaultfd_ctx *new_userfaultfd_ctx(int flags)
{
	struct userfaultfd_ctx *ctx;

	ctx = kmem_cache_alloc(userfaultfd_ctx_cachep, GFP_KERNEL);
	if (!ctx)
		return NULL;

	ctx->flags = flags;
	ctx->mm = current->mm;
	/* keep the mm_struct itself alive as long as the context */
	mmgrab(ctx->mm);
	return ctx;
}
