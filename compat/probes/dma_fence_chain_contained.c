/* probe dma_fence_chain_contained(): Linux 5.19 ("dma-buf: add dma_fence_chain_contained helper") */
#include <linux/dma-fence-chain.h>

struct dma_fence *bp_probe(struct dma_fence *f);
struct dma_fence *bp_probe(struct dma_fence *f)
{
	return dma_fence_chain_contained(f);
}
