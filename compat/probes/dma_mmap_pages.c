/* probe dma_mmap_pages(): upstream v5.11 ("dma-mapping: add a dma_mmap_pages helper") [export:dma_mmap_pages] */
#include <linux/dma-mapping.h>

int bp_probe(struct device *dev, struct vm_area_struct *vma, size_t size, struct page *page);
int bp_probe(struct device *dev, struct vm_area_struct *vma, size_t size, struct page *page)
{
	return dma_mmap_pages(dev, vma, size, page);
}
