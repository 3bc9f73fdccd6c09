/* probe dma_buf_vmap(dmabuf, struct iosys_map *) and dma_buf_ops.vmap filling a map: Linux 5.11 (struct dma_buf_map, "dma-buf: Use struct dma_buf_map in dma_buf_vmap() interfaces"), renamed to iosys_map in 5.18; before, vmap returns a void * */
#include <linux/dma-buf.h>

int (*bp_probe_vmap)(struct dma_buf *, struct iosys_map *) = dma_buf_vmap;

static int bp_op(struct dma_buf *d, struct iosys_map *m)
{
	return 0;
}

const struct dma_buf_ops bp_probe = { .vmap = bp_op };
