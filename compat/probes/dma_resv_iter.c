/* probe struct dma_resv_iter and dma_resv_for_each_fence_unlocked(): upstream v5.16 (the reservation object fence iterators) */
#include <linux/dma-resv.h>

unsigned int bp_probe(struct dma_resv *obj);
unsigned int bp_probe(struct dma_resv *obj)
{
	struct dma_resv_iter cursor;
	struct dma_fence *fence;
	unsigned int n = 0;

	dma_resv_iter_begin(&cursor, obj, 0);
	dma_resv_for_each_fence_unlocked(&cursor, fence)
		n++;
	dma_resv_iter_end(&cursor);
	return n;
}
