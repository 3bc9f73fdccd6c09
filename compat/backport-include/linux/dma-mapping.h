/* linux/dma-mapping.h: the kernel's header plus dma_mmap_pages() */
#ifndef __BACKPORT_LINUX_DMA_MAPPING_H
#define __BACKPORT_LINUX_DMA_MAPPING_H
#include_next <linux/dma-mapping.h>

/* dma_mmap_pages(): upstream v5.11; probe dma_mmap_pages. Maps the pages of a contiguous
 * allocation (drm_gem_dma_helper's non-coherent buffers) into a user VMA, refusing a VMA
 * that reaches past the allocation. */
#ifndef BPC_DMA_MMAP_PAGES
#include <linux/mm.h>
static inline int dma_mmap_pages(struct device *dev, struct vm_area_struct *vma,
				 size_t size, struct page *page)
{
	unsigned long npages = PAGE_ALIGN(size) >> PAGE_SHIFT;
	unsigned long want = vma_pages(vma);

	if (vma->vm_pgoff >= npages || want > npages - vma->vm_pgoff)
		return -ENXIO;
	return remap_pfn_range(vma, vma->vm_start, page_to_pfn(page) + vma->vm_pgoff,
			       want << PAGE_SHIFT, vma->vm_page_prot);
}
#endif /* BPC_DMA_MMAP_PAGES */

#endif /* __BACKPORT_LINUX_DMA_MAPPING_H */
