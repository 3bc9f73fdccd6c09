/* probe dma_buf_vmap_unlocked(): Linux 6.2 ("dma-buf: Add unlocked variant of vmapping functions") */
#include <linux/dma-buf.h>

int bp_probe(struct dma_buf *d, struct iosys_map *m);
int bp_probe(struct dma_buf *d, struct iosys_map *m)
{
	return dma_buf_vmap_unlocked(d, m);
}
