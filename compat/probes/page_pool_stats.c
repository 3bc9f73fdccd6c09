/* page_pool ethtool stats helpers (page_pool_ethtool_stats_get_count() and friends; stubs without CONFIG_PAGE_POOL_STATS): Linux 6.0 */
#if __has_include(<net/page_pool/helpers.h>)
#include <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif

int bp_probe(u8 *data);
int bp_probe(u8 *data)
{
	page_pool_ethtool_stats_get_strings(data);
	return page_pool_ethtool_stats_get_count();
}
