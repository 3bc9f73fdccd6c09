/* probe struct dma_buf_attach_ops .invalidate_mappings: Linux 7.x renamed .move_notify */
#include <linux/dma-buf.h>

static void bp_inval(struct dma_buf_attachment *a)
{
}

const struct dma_buf_attach_ops bp_probe = { .invalidate_mappings = bp_inval };
