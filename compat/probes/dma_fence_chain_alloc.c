/* probe dma_fence_chain_alloc()/dma_fence_chain_free(): Linux 5.15 ("dma-buf: add dma_fence_chain_alloc/free v3") */
#include <linux/dma-fence-chain.h>

struct dma_fence_chain *bp_probe(void);
struct dma_fence_chain *bp_probe(void)
{
	struct dma_fence_chain *chain = dma_fence_chain_alloc();

	dma_fence_chain_free(chain);
	return dma_fence_chain_alloc();
}
