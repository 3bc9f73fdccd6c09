/* probe struct dma_buf_attach_ops .invalidate_mappings: renamed from .move_notify newer than Linux 6.12 (7.2 has it; Debian 6.12.117 has .move_notify) */
#include <linux/dma-buf.h>

static void bp_inval(struct dma_buf_attachment *a)
{
}

const struct dma_buf_attach_ops bp_probe = { .invalidate_mappings = bp_inval };
