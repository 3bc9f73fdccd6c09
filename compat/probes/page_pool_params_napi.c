/* struct page_pool_params .napi: newer than Linux 6.1, present by 6.12 (Debian's 6.1 trees lack it, 6.12.117 has it), "page_pool: allow direct recycling for NAPI" (pp->p.napi) */
#include <linux/types.h>
#if __has_include(<net/page_pool/types.h>)
#include <net/page_pool/types.h>
#else
#include <net/page_pool.h>
#endif

void bp_probe(struct page_pool_params *p, struct napi_struct *n);
void bp_probe(struct page_pool_params *p, struct napi_struct *n)
{
	p->napi = n;
}
