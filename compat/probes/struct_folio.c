/* probe struct folio and page_folio(): Linux 5.16 ("mm: Introduce struct folio") */
#include <linux/mm.h>

struct folio *bp_probe(struct page *page);
struct folio *bp_probe(struct page *page)
{
	return page_folio(page);
}
