/* linux/dma-fence.h: the kernel's dma_fence (dma-buf core, built into the target) plus
 * the accessors 7.2's drm uses. */
#ifndef __BACKPORT_LINUX_DMA_FENCE_H
#define __BACKPORT_LINUX_DMA_FENCE_H
#include_next <linux/dma-fence.h>

/* dma_fence_spinlock(): newer than Linux 6.12 (in 7.2), when fences gained an inline lock
 * next to the external one (.lock became .extern_lock); before, every fence has the
 * external .lock. probe dma_fence_spinlock (patch 0600 reads the lock through it) */
#ifndef BPC_DMA_FENCE_SPINLOCK
static inline spinlock_t *dma_fence_spinlock(struct dma_fence *fence)
{
	return fence->lock;
}
#endif

/* dma_fence_set_deadline(): Linux 6.3 ("dma-buf/dma-fence: Add deadline awareness"), a
 * hint to the fence's driver that a waiter needs it signalled by then. Before, no fence
 * implementation can take the hint, so it is dropped. probe dma_fence_set_deadline */
#ifndef BPC_DMA_FENCE_SET_DEADLINE
static inline void dma_fence_set_deadline(struct dma_fence *fence, ktime_t deadline)
{
}
#endif

/* dma_fence_signal_timestamp(): Linux 5.11 ("dma-buf: add dma_fence_signal_timestamp()"),
 * signal with the time the event happened (drm's vblank event). Before, the fence takes
 * the time it is signalled (ktime_get() in dma_fence_signal()). probe
 * dma_fence_signal_timestamp */
#ifndef BPC_DMA_FENCE_SIGNAL_TIMESTAMP
static inline int dma_fence_signal_timestamp(struct dma_fence *fence, ktime_t timestamp)
{
	return dma_fence_signal(fence);
}
#endif

/* dma_fence_allocate_private_stub(timestamp): newer than Linux 5.10 (the timestamp since
 * 6.5), a signalled fence of its own. Where it is missing, the kernel's shared signalled
 * stub fence serves (what drm_syncobj used before), so the fence does not carry
 * @timestamp. probe dma_fence_allocate_private_stub */
#ifndef BPC_DMA_FENCE_ALLOCATE_PRIVATE_STUB
#define dma_fence_allocate_private_stub(timestamp) \
	({ (void)(timestamp); dma_fence_get_stub(); })
#endif

#endif /* __BACKPORT_LINUX_DMA_FENCE_H */
