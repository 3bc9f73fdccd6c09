/* probe dma_fence_set_deadline(): Linux 6.3 ("dma-buf/dma-fence: Add deadline awareness") */
#include <linux/dma-fence.h>

void bp_probe(struct dma_fence *f, ktime_t t);
void bp_probe(struct dma_fence *f, ktime_t t)
{
	dma_fence_set_deadline(f, t);
}
