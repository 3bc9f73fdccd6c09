/* probe sg_alloc_table_from_pages_segment(): Linux 5.15 ("lib/scatterlist: Provide a dedicated function to support table append") */
#include <linux/scatterlist.h>

int bp_probe(struct sg_table *sgt, struct page **pages, unsigned int n);
int bp_probe(struct sg_table *sgt, struct page **pages, unsigned int n)
{
	return sg_alloc_table_from_pages_segment(sgt, pages, n, 0, n * PAGE_SIZE,
						 UINT_MAX, GFP_KERNEL);
}
