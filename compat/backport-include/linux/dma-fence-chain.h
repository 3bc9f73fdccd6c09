/* linux/dma-fence-chain.h: the kernel's fence chains (dma-buf core) plus newer helpers. */
#ifndef __BACKPORT_LINUX_DMA_FENCE_CHAIN_H
#define __BACKPORT_LINUX_DMA_FENCE_CHAIN_H
#include_next <linux/dma-fence-chain.h>

/* dma_fence_chain_alloc()/dma_fence_chain_free(): Linux 5.15 ("dma-buf: add
 * dma_fence_chain_alloc/free v3"): a chain node before dma_fence_chain_init(), freed
 * with kfree() if it never gets initialised. probe dma_fence_chain_alloc */
#ifndef BPC_DMA_FENCE_CHAIN_ALLOC
#include <linux/slab.h>
static inline struct dma_fence_chain *dma_fence_chain_alloc(void)
{
	return kmalloc(sizeof(struct dma_fence_chain), GFP_KERNEL);
}

static inline void dma_fence_chain_free(struct dma_fence_chain *chain)
{
	kfree(chain);
}
#endif /* BPC_DMA_FENCE_CHAIN_ALLOC */

/* dma_fence_chain_contained(): Linux 5.19 ("dma-buf: add dma_fence_chain_contained
 * helper"): the fence a chain node carries, or the fence itself if it is no chain node.
 * probe dma_fence_chain_contained */
#ifndef BPC_DMA_FENCE_CHAIN_CONTAINED
static inline struct dma_fence *dma_fence_chain_contained(struct dma_fence *fence)
{
	struct dma_fence_chain *chain = to_dma_fence_chain(fence);

	return chain ? chain->fence : fence;
}
#endif /* BPC_DMA_FENCE_CHAIN_CONTAINED */

#endif /* __BACKPORT_LINUX_DMA_FENCE_CHAIN_H */
