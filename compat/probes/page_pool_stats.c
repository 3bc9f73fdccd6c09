/* page_pool_get_stats() and the ethtool stats helpers (stubs without CONFIG_PAGE_POOL_STATS): Linux 6.0 */
#if __has_include(<net/page_pool/helpers.h>)
#include <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif

int bp_probe(struct page_pool *pool, u64 *data);
int bp_probe(struct page_pool *pool, u64 *data)
{
	struct page_pool_stats stats = {};

	page_pool_get_stats(pool, &stats);
	page_pool_ethtool_stats_get(data, &stats);
	return page_pool_ethtool_stats_get_count();
}
