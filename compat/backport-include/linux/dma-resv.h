/* linux/dma-resv.h: the kernel's reservation objects (dma-buf core, built into the target)
 * with the 5.19 usage API 7.2's drm calls. */
#ifndef __BACKPORT_LINUX_DMA_RESV_H
#define __BACKPORT_LINUX_DMA_RESV_H
#include_next <linux/dma-resv.h>

/* enum dma_resv_usage and the calls taking it: Linux 5.19 ("dma-buf: add enum
 * dma_resv_usage v4"). Before, a reservation object has one exclusive fence (the writer)
 * and a list of shared fences (readers). The classes map onto the slots:
 *   KERNEL, WRITE  -> the exclusive fence
 *   READ, BOOKKEEP -> shared fences
 * A wait or test for a usage covers every class up to it (5.19's order KERNEL < WRITE <
 * READ < BOOKKEEP): up to WRITE is the exclusive fence only, READ and above all fences.
 * Degradation: setting the exclusive fence drops the shared ones on those kernels (the
 * old rule: a writer waits for the readers first); 5.19 keeps READ fences next to a new
 * WRITE one. probe dma_resv_usage */
#ifndef BPC_DMA_RESV_USAGE
#include <linux/dma-fence-array.h>
#include <linux/slab.h>

enum dma_resv_usage {
	DMA_RESV_USAGE_KERNEL,
	DMA_RESV_USAGE_WRITE,
	DMA_RESV_USAGE_READ,
	DMA_RESV_USAGE_BOOKKEEP,
};

static inline enum dma_resv_usage dma_resv_usage_rw(bool write)
{
	/* a writer waits for readers and writers, a reader for writers */
	return write ? DMA_RESV_USAGE_READ : DMA_RESV_USAGE_WRITE;
}

static inline bool bp_dma_resv_usage_all(enum dma_resv_usage usage)
{
	return usage >= DMA_RESV_USAGE_READ;
}

static inline int dma_resv_reserve_fences(struct dma_resv *obj, unsigned int num_fences)
{
	/* only shared fences take a slot; the exclusive one is always there */
	return dma_resv_reserve_shared(obj, num_fences);
}

static inline void dma_resv_add_fence(struct dma_resv *obj, struct dma_fence *fence,
				      enum dma_resv_usage usage)
{
	if (bp_dma_resv_usage_all(usage))
		dma_resv_add_shared_fence(obj, fence);
	else
		dma_resv_add_excl_fence(obj, fence);
}

static inline long dma_resv_wait_timeout(struct dma_resv *obj, enum dma_resv_usage usage,
					 bool intr, unsigned long timeout)
{
	return dma_resv_wait_timeout_rcu(obj, bp_dma_resv_usage_all(usage), intr, timeout);
}

static inline bool dma_resv_test_signaled(struct dma_resv *obj, enum dma_resv_usage usage)
{
	return dma_resv_test_signaled_rcu(obj, bp_dma_resv_usage_all(usage));
}

/* dma_resv_get_singleton(): Linux 5.16; one fence for all fences of @usage: NULL when
 * there is none, the fence itself when there is one, else a dma_fence_array of them. */
static inline int dma_resv_get_singleton(struct dma_resv *obj, enum dma_resv_usage usage,
					 struct dma_fence **fence)
{
	struct dma_fence *excl, **shared, **all;
	struct dma_fence_array *array;
	unsigned int count, i;
	int ret;

	ret = dma_resv_get_fences_rcu(obj, &excl, &count, &shared);
	if (ret)
		return ret;
	if (!bp_dma_resv_usage_all(usage)) {
		for (i = 0; i < count; i++)
			dma_fence_put(shared[i]);
		count = 0;
	}
	if (!count) {
		kfree(shared);
		*fence = excl;
		return 0;
	}
	if (!excl && count == 1) {
		*fence = shared[0];
		kfree(shared);
		return 0;
	}
	all = krealloc(shared, sizeof(*all) * (count + 1), GFP_KERNEL);
	if (!all) {
		ret = -ENOMEM;
		goto err;
	}
	shared = all;
	if (excl)
		all[count++] = excl;
	excl = NULL;
	array = dma_fence_array_create(count, all, dma_fence_context_alloc(1), 1, false);
	if (!array) {
		ret = -ENOMEM;
		goto err;
	}
	*fence = &array->base;
	return 0;
err:
	for (i = 0; i < count; i++)
		dma_fence_put(shared[i]);
	kfree(shared);
	dma_fence_put(excl);
	return ret;
}
/* struct dma_resv_iter, dma_resv_iter_begin()/_end(), dma_resv_for_each_fence_unlocked(),
 * dma_resv_iter_is_restarted(), dma_resv_for_each_fence() (with the lock held): upstream
 * v5.16. The unlocked walk takes one snapshot of the fences (dma_resv_get_fences_rcu(),
 * a reference on each, dropped by dma_resv_iter_end()) and skips the signalled ones; it
 * does not restart when the object changes meanwhile (the snapshot's fences are still
 * valid ones to wait for). The locked walk reads the slots directly, as 5.16's does.
 * Only where the usage classes are compat too (before 5.19). probe dma_resv_iter */
#ifndef BPC_DMA_RESV_ITER
struct dma_resv_iter {
	struct dma_resv *obj;
	enum dma_resv_usage usage;
	struct dma_fence **fences;	/* unlocked: the snapshot */
	struct dma_resv_list *list;	/* locked: the shared slots */
	struct dma_fence *excl;		/* locked: the exclusive slot */
	unsigned int count, index;
	bool is_restarted;
};

static inline void dma_resv_iter_begin(struct dma_resv_iter *cursor, struct dma_resv *obj,
				       enum dma_resv_usage usage)
{
	memset(cursor, 0, sizeof(*cursor));
	cursor->obj = obj;
	cursor->usage = usage;
}

static inline void dma_resv_iter_end(struct dma_resv_iter *cursor)
{
	unsigned int i;

	for (i = 0; i < cursor->count; i++)
		dma_fence_put(cursor->fences[i]);
	kfree(cursor->fences);
	cursor->fences = NULL;
	cursor->count = 0;
}

static inline struct dma_fence *bp_dma_resv_iter_walk_unlocked(struct dma_resv_iter *cursor)
{
	while (cursor->index < cursor->count) {
		struct dma_fence *fence = cursor->fences[cursor->index++];

		if (!dma_fence_is_signaled(fence))
			return fence;
	}
	return NULL;
}

static inline struct dma_fence *dma_resv_iter_first_unlocked(struct dma_resv_iter *cursor)
{
	struct dma_fence *excl, **shared, **all;
	unsigned int count, i;

	dma_resv_iter_end(cursor);
	cursor->index = 0;
	cursor->is_restarted = true;
	if (dma_resv_get_fences_rcu(cursor->obj, &excl, &count, &shared))
		return NULL;
	if (!bp_dma_resv_usage_all(cursor->usage)) {
		for (i = 0; i < count; i++)
			dma_fence_put(shared[i]);
		count = 0;
	}
	if (excl) {
		all = krealloc(shared, sizeof(*all) * (count + 1), GFP_KERNEL);
		if (!all) {
			for (i = 0; i < count; i++)
				dma_fence_put(shared[i]);
			kfree(shared);
			dma_fence_put(excl);
			return NULL;
		}
		shared = all;
		shared[count++] = excl;
	}
	cursor->fences = shared;
	cursor->count = count;
	return bp_dma_resv_iter_walk_unlocked(cursor);
}

static inline struct dma_fence *dma_resv_iter_next_unlocked(struct dma_resv_iter *cursor)
{
	cursor->is_restarted = false;
	return bp_dma_resv_iter_walk_unlocked(cursor);
}

static inline bool dma_resv_iter_is_restarted(struct dma_resv_iter *cursor)
{
	return cursor->is_restarted;
}

#define dma_resv_for_each_fence_unlocked(cursor, fence)			\
	for (fence = dma_resv_iter_first_unlocked(cursor);		\
	     fence; fence = dma_resv_iter_next_unlocked(cursor))

static inline struct dma_fence *dma_resv_iter_next(struct dma_resv_iter *cursor)
{
	unsigned int n = cursor->list ? cursor->list->shared_count : 0;

	cursor->is_restarted = false;
	if (cursor->index == 0) {
		cursor->index++;
		if (cursor->excl)
			return cursor->excl;
	}
	if (bp_dma_resv_usage_all(cursor->usage) && cursor->index <= n)
		return rcu_dereference_protected(cursor->list->shared[cursor->index++ - 1],
						 dma_resv_held(cursor->obj));
	return NULL;
}

static inline struct dma_fence *dma_resv_iter_first(struct dma_resv_iter *cursor)
{
	struct dma_fence *fence;

	dma_resv_assert_held(cursor->obj);
	cursor->excl = dma_resv_get_excl(cursor->obj);
	cursor->list = dma_resv_get_list(cursor->obj);
	cursor->index = 0;
	fence = dma_resv_iter_next(cursor);
	cursor->is_restarted = true;
	return fence;
}

#define dma_resv_for_each_fence(cursor, obj, usage, fence)		\
	for (dma_resv_iter_begin(cursor, obj, usage),			\
	     fence = dma_resv_iter_first(cursor); fence;		\
	     fence = dma_resv_iter_next(cursor))
#endif /* BPC_DMA_RESV_ITER */
#endif /* BPC_DMA_RESV_USAGE */

#endif /* __BACKPORT_LINUX_DMA_RESV_H */
