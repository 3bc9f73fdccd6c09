/* probe enum dma_resv_usage with dma_resv_add_fence(): Linux 5.19 ("dma-buf: add enum dma_resv_usage v4", the fence usage classes replacing the exclusive/shared slots) */
#include <linux/dma-resv.h>

void bp_probe(struct dma_resv *obj, struct dma_fence *f);
void bp_probe(struct dma_resv *obj, struct dma_fence *f)
{
	dma_resv_add_fence(obj, f, DMA_RESV_USAGE_BOOKKEEP);
}
