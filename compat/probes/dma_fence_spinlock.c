/* probe dma_fence_spinlock(): newer than Linux 6.12 (in 7.2), dma_fence with an inline or an external lock (extern_lock) */
#include <linux/dma-fence.h>

spinlock_t *bp_probe(struct dma_fence *f);
spinlock_t *bp_probe(struct dma_fence *f)
{
	return dma_fence_spinlock(f);
}
