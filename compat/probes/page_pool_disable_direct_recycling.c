/* probe page_pool_disable_direct_recycling(): Linux 6.12 (Debian 6.12.117 has it, 6.1.0-57 does not) [export:page_pool_disable_direct_recycling] */
#include <linux/types.h>
#if __has_include(<net/page_pool/types.h>)
#include <net/page_pool/types.h>
#else
#include <net/page_pool.h>
#endif

void bp_probe(struct page_pool *pool);
void bp_probe(struct page_pool *pool)
{
	page_pool_disable_direct_recycling(pool);
}
