/* probe dma_buf_map_attachment_unlocked(): Linux 6.2 ("dma-buf: Add unlocked variant of attachment-mapping functions") */
#include <linux/dma-buf.h>

struct sg_table *bp_probe(struct dma_buf_attachment *a);
struct sg_table *bp_probe(struct dma_buf_attachment *a)
{
	return dma_buf_map_attachment_unlocked(a, DMA_TO_DEVICE);
}
