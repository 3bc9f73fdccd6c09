/* probe page_pool_dev_alloc_netmem() / page_pool_alloc_netmem() / page_pool_dev_alloc_netmems(): newer than Linux 6.12 (Debian 6.12.117 lacks them; libeth, gve, fbnic call them) */
#include <linux/types.h>
#if __has_include(<net/page_pool/helpers.h>)
#include <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif

netmem_ref bp_probe(struct page_pool *pool, unsigned int *offset, unsigned int *size);
netmem_ref bp_probe(struct page_pool *pool, unsigned int *offset, unsigned int *size)
{
	return page_pool_dev_alloc_netmem(pool, offset, size);
}
