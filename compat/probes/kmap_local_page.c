/* probe kmap_local_page()/kunmap_local(): upstream v5.11 ("mm/highmem: Provide kmap_local*") */
#include <linux/highmem.h>

void bp_probe(struct page *page);
void bp_probe(struct page *page)
{
	void *p = kmap_local_page(page);

	kunmap_local(p);
}
