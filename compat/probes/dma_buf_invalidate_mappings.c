/* probe struct dma_buf_attach_ops .invalidate_mappings: newer than Linux 6.12 (in 7.2), renamed from .move_notify */
#include <linux/dma-buf.h>

static void bp_inval(struct dma_buf_attachment *a)
{
}

const struct dma_buf_attach_ops bp_probe = { .invalidate_mappings = bp_inval };
