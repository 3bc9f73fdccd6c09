/* probe dma_fence_signal_timestamp(): Linux 5.11 ("dma-buf: add dma_fence_signal_timestamp()") */
#include <linux/dma-fence.h>

int bp_probe(struct dma_fence *f, ktime_t t);
int bp_probe(struct dma_fence *f, ktime_t t)
{
	return dma_fence_signal_timestamp(f, t);
}
