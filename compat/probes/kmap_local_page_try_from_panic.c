/* probe kmap_local_page_try_from_panic(): upstream v6.16, commit 8702048bb831 */
#include <linux/highmem.h>

void *bp_probe(const struct page *page);
void *bp_probe(const struct page *page)
{
	return kmap_local_page_try_from_panic(page);
}
