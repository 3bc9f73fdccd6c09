/* page_pool_get_dma_dir(): Linux 5.11 */
#if __has_include(<net/page_pool/helpers.h>)
#include <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif

enum dma_data_direction bp_probe(struct page_pool *pool);
enum dma_data_direction bp_probe(struct page_pool *pool)
{
	return page_pool_get_dma_dir(pool);
}
