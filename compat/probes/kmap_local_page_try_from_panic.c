/* probe kmap_local_page_try_from_panic(): newer than Linux 6.12 (drm panic handler maps framebuffer pages from panic context) */
#include <linux/highmem.h>

void *bp_probe(const struct page *page);
void *bp_probe(const struct page *page)
{
	return kmap_local_page_try_from_panic(page);
}
