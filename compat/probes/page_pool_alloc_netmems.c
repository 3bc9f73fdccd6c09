/* probe page_pool_alloc_netmems(): the netmem page_pool allocator, Linux 6.12 ("page_pool: convert to use netmem"; Debian 6.12.117 has it, 6.1.0-57 does not) [export:page_pool_alloc_netmems] */
#include <linux/types.h>
#if __has_include(<net/page_pool/types.h>)
#include <net/page_pool/types.h>
#else
#include <net/page_pool.h>
#endif

netmem_ref bp_probe(struct page_pool *pool);
netmem_ref bp_probe(struct page_pool *pool)
{
	return page_pool_alloc_netmems(pool, GFP_ATOMIC);
}
