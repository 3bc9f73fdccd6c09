/* probe dma_fence_allocate_private_stub(ktime_t): newer than Linux 5.10 (a signalled stub fence of one's own; the timestamp argument since 6.5, which Debian's 6.1 carries) */
#include <linux/dma-fence.h>

struct dma_fence *bp_probe(void);
struct dma_fence *bp_probe(void)
{
	return dma_fence_allocate_private_stub(ktime_get());
}
