/* probe page_pool_enable_direct_recycling(): newer than Linux 6.12 ("net: page_pool: allow enabling recycling late, fix false positive warning"; Debian 6.12.117 lacks it) [export:page_pool_enable_direct_recycling] */
#include <linux/types.h>
#if __has_include(<net/page_pool/types.h>)
#include <net/page_pool/types.h>
#else
#include <net/page_pool.h>
#endif

void bp_probe(struct page_pool *pool, struct napi_struct *napi);
void bp_probe(struct page_pool *pool, struct napi_struct *napi)
{
	page_pool_enable_direct_recycling(pool, napi);
}
