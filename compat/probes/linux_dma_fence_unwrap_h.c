/* probe <linux/dma-fence-unwrap.h>: Linux 5.19 ("dma-buf: add dma_fence_unwrap v2"; the merge helper dma_fence_unwrap_merge() came in 6.0) */
#include <linux/dma-fence-unwrap.h>

struct dma_fence *bp_probe(struct dma_fence *a, struct dma_fence *b);
struct dma_fence *bp_probe(struct dma_fence *a, struct dma_fence *b)
{
	return dma_fence_unwrap_merge(a, b);
}
