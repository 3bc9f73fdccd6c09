/* struct page_pool_params .napi: Linux 6.5?, "page_pool: allow direct recycling for NAPI" (pp->p.napi) */
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
