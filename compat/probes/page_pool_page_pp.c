/* struct page.pp (the owning page_pool, set on every pool page): Linux 5.14 */
#include <linux/mm_types.h>

struct page_pool;
struct page_pool *bp_probe(struct page *page);
struct page_pool *bp_probe(struct page *page)
{
	return page->pp;
}
