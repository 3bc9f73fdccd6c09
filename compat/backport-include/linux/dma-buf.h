/* linux/dma-buf.h: the kernel's dma-buf core (built into the target) with the interfaces
 * 7.2's drm calls. */
#ifndef __BACKPORT_LINUX_DMA_BUF_H
#define __BACKPORT_LINUX_DMA_BUF_H
#include_next <linux/dma-buf.h>
#include <linux/iosys-map.h>

/* dma_buf_vmap()/dma_buf_vunmap() with a struct iosys_map: Linux 5.11 (struct dma_buf_map,
 * renamed iosys_map in 5.18). Before, dma_buf_vmap() returns the kernel address (or NULL)
 * and the exporter's .vmap returns a void * as well (drm's exporters: patch 0612). The
 * map is a system-memory one: those kernels' importers read the pointer as such.
 * probe dma_buf_vmap_iosys_map */
#ifndef BPC_DMA_BUF_VMAP_IOSYS_MAP
static inline int bp_dma_buf_vmap(struct dma_buf *dmabuf, struct iosys_map *map)
{
	void *vaddr = dma_buf_vmap(dmabuf);

	iosys_map_clear(map);
	if (!vaddr)
		return -ENOMEM;
	iosys_map_set_vaddr(map, vaddr);
	return 0;
}

static inline void bp_dma_buf_vunmap(struct dma_buf *dmabuf, struct iosys_map *map)
{
	dma_buf_vunmap(dmabuf, map->vaddr);
}
#define dma_buf_vmap(dmabuf, map) bp_dma_buf_vmap(dmabuf, map)
#define dma_buf_vunmap(dmabuf, map) bp_dma_buf_vunmap(dmabuf, map)
#endif /* BPC_DMA_BUF_VMAP_IOSYS_MAP */

/* dma_buf_vmap_unlocked()/dma_buf_vunmap_unlocked(): Linux 6.2 ("dma-buf: Add unlocked
 * variant of vmapping functions", the locked ones then expect the reservation lock held).
 * Before, dma_buf_vmap() takes the buffer's own lock itself. probe dma_buf_vmap_unlocked */
#ifndef BPC_DMA_BUF_VMAP_UNLOCKED
#define dma_buf_vmap_unlocked(dmabuf, map) dma_buf_vmap(dmabuf, map)
#define dma_buf_vunmap_unlocked(dmabuf, map) dma_buf_vunmap(dmabuf, map)
#endif

/* dma_buf_map_attachment_unlocked()/dma_buf_unmap_attachment_unlocked(): Linux 6.2
 * ("dma-buf: Add unlocked variant of attachment-mapping functions"). Before, the mapping
 * functions take the reservation lock themselves where the exporter is dynamic.
 * probe dma_buf_map_attachment_unlocked */
#ifndef BPC_DMA_BUF_MAP_ATTACHMENT_UNLOCKED
#define dma_buf_map_attachment_unlocked(attach, dir) dma_buf_map_attachment(attach, dir)
#define dma_buf_unmap_attachment_unlocked(attach, sgt, dir) \
	dma_buf_unmap_attachment(attach, sgt, dir)
#endif

#endif /* __BACKPORT_LINUX_DMA_BUF_H */
