/* probe dma_fence_spinlock(): Linux 7.x, dma_fence with an inline or an external lock (extern_lock) */
#include <linux/dma-fence.h>

spinlock_t *bp_probe(struct dma_fence *f);
spinlock_t *bp_probe(struct dma_fence *f)
{
	return dma_fence_spinlock(f);
}
