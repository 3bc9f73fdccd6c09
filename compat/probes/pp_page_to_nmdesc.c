/* pp_page_to_nmdesc(): Linux 6.18, "netmem: introduce struct netmem_desc" (page_pool fields reached through it) */
#include <net/page_pool/helpers.h>

struct page_pool *bp_probe(struct page *page);
struct page_pool *bp_probe(struct page *page)
{
	return pp_page_to_nmdesc(page)->pp;
}
