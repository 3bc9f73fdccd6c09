/* <linux/dma-fence-unwrap.h>: Linux 5.19 ("dma-buf: add dma_fence_unwrap v2"), walking
 * the fences inside fence chains and fence arrays, and 6.0's dma_fence_unwrap_merge().
 * The kernel's implementation is exported by its dma-buf core; where the header is
 * missing the walk and the merge are inline here, over the chain and array fences the
 * target has (5.10: dma_fence_chain_walk(), to_dma_fence_array()).
 * probe linux_dma_fence_unwrap_h */
#ifndef __BACKPORT_LINUX_DMA_FENCE_UNWRAP_H
#define __BACKPORT_LINUX_DMA_FENCE_UNWRAP_H
/* <linux/dma-fence-unwrap.h>: Linux 5.19 (merge 6.0); probe linux_dma_fence_unwrap_h */
#ifdef BPC_LINUX_DMA_FENCE_UNWRAP_H
#include_next <linux/dma-fence-unwrap.h>
#else
#include <linux/dma-fence.h>
#include <linux/dma-fence-array.h>
#include <linux/dma-fence-chain.h>
#include <linux/kernel.h>
#include <linux/slab.h>

struct dma_fence_unwrap {
	struct dma_fence *chain;	/* the chain node walked (a reference held) */
	struct dma_fence *array;	/* the fence it carries, maybe an array */
	unsigned int index;		/* position in that array */
};

/* the @index-th fence of @array if it is a fence array, else @array itself at 0 */
static inline struct dma_fence *bp_dma_fence_unwrap_at(struct dma_fence *array,
							unsigned int index)
{
	struct dma_fence_array *a = to_dma_fence_array(array);

	if (!a)
		return index ? NULL : array;
	return index < a->num_fences ? a->fences[index] : NULL;
}

static inline struct dma_fence *bp_dma_fence_unwrap_node(struct dma_fence_unwrap *cursor)
{
	struct dma_fence *f;

	for (; cursor->chain; cursor->chain = dma_fence_chain_walk(cursor->chain)) {
		cursor->array = dma_fence_chain_contained(cursor->chain);
		cursor->index = 0;
		f = bp_dma_fence_unwrap_at(cursor->array, 0);
		if (f)
			return f;
	}
	return NULL;
}

static inline struct dma_fence *dma_fence_unwrap_first(struct dma_fence *head,
						       struct dma_fence_unwrap *cursor)
{
	cursor->chain = dma_fence_get(head);
	return bp_dma_fence_unwrap_node(cursor);
}

static inline struct dma_fence *dma_fence_unwrap_next(struct dma_fence_unwrap *cursor)
{
	struct dma_fence *f = bp_dma_fence_unwrap_at(cursor->array, ++cursor->index);

	if (f)
		return f;
	cursor->chain = dma_fence_chain_walk(cursor->chain);
	return bp_dma_fence_unwrap_node(cursor);
}

#define dma_fence_unwrap_for_each(fence, cursor, head)			\
	for (fence = dma_fence_unwrap_first(head, cursor); fence;	\
	     fence = dma_fence_unwrap_next(cursor))

/* One fence that signals when all unsignalled fences inside @fences have: a stub fence
 * when there is none, the fence itself when there is one, else a fence array of them.
 * (6.0's merge also drops older fences of one context; here each is kept, which waits
 * for the same.) */
static inline struct dma_fence *bp_dma_fence_unwrap_merge(unsigned int num_fences,
							   struct dma_fence **fences)
{
	struct dma_fence_unwrap cursor;
	struct dma_fence_array *result;
	struct dma_fence *f, **array;
	unsigned int count = 0, i;

	for (i = 0; i < num_fences; i++)
		dma_fence_unwrap_for_each(f, &cursor, fences[i])
			if (!dma_fence_is_signaled(f))
				count++;
	if (!count)
		return dma_fence_get_stub();

	array = kmalloc_array(count, sizeof(*array), GFP_KERNEL);
	if (!array)
		return NULL;
	count = 0;
	for (i = 0; i < num_fences; i++)
		dma_fence_unwrap_for_each(f, &cursor, fences[i])
			if (!dma_fence_is_signaled(f))
				array[count++] = dma_fence_get(f);
	if (count == 1) {
		f = array[0];
		kfree(array);
		return f;
	}
	if (!count) {
		kfree(array);
		return dma_fence_get_stub();
	}
	result = dma_fence_array_create(count, array, dma_fence_context_alloc(1), 1, false);
	if (!result) {
		for (i = 0; i < count; i++)
			dma_fence_put(array[i]);
		kfree(array);
		return NULL;
	}
	return &result->base;
}

#define dma_fence_unwrap_merge(...)					\
	({								\
		struct dma_fence *__bp_f[] = { __VA_ARGS__ };		\
		bp_dma_fence_unwrap_merge(ARRAY_SIZE(__bp_f), __bp_f);	\
	})
#endif /* BPC_LINUX_DMA_FENCE_UNWRAP_H */
#endif /* __BACKPORT_LINUX_DMA_FENCE_UNWRAP_H */
