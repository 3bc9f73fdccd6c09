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
#endif /* BPC_DMA_RESV_USAGE */

#endif /* __BACKPORT_LINUX_DMA_RESV_H */
