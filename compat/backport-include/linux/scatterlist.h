/* linux/scatterlist.h: the kernel's header plus the segment-limited table allocator. */
#ifndef __BACKPORT_LINUX_SCATTERLIST_H
#define __BACKPORT_LINUX_SCATTERLIST_H
#include_next <linux/scatterlist.h>

/* sg_alloc_table_from_pages_segment(): Linux 5.15 ("lib/scatterlist: Provide a dedicated
 * function to support table append"); before, __sg_alloc_table_from_pages() does the same
 * with no previous entry to append to and returns the last entry or an ERR_PTR.
 * probe sg_alloc_table_from_pages_segment */
#ifndef BPC_SG_ALLOC_TABLE_FROM_PAGES_SEGMENT
#include <linux/err.h>
static inline int sg_alloc_table_from_pages_segment(struct sg_table *sgt,
		struct page **pages, unsigned int n_pages, unsigned int offset,
		unsigned long size, unsigned int max_segment, gfp_t gfp_mask)
{
	return PTR_ERR_OR_ZERO(__sg_alloc_table_from_pages(sgt, pages, n_pages,
				offset, size, max_segment, NULL, 0, gfp_mask));
}
#endif /* BPC_SG_ALLOC_TABLE_FROM_PAGES_SEGMENT */

#endif /* __BACKPORT_LINUX_SCATTERLIST_H */
