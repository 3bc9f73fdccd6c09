/* probe dma_fence_was_initialized(): newer than Linux 6.12 (dma_fence_init() marks the fence DMA_FENCE_FLAG_INITIALIZED_BIT) */
#include <linux/dma-fence.h>

bool bp_probe(struct dma_fence *fence);
bool bp_probe(struct dma_fence *fence)
{
	return dma_fence_was_initialized(fence);
}
