/* <net/page_pool/helpers.h>: Linux 6.6 (split out of <net/page_pool.h>); guarded by BPC_PAGE_POOL_HELPERS_H (otherwise the older home of its contents);
 * pp_page_to_nmdesc(): Linux 6.18, guarded by BPC_PP_PAGE_TO_NMDESC;
 * page_pool_dev_alloc_netmem() and friends: newer than 6.12, guarded by BPC_PAGE_POOL_DEV_ALLOC_NETMEM */
#ifndef __BACKPORT_NET_PAGE_POOL_HELPERS_H
#define __BACKPORT_NET_PAGE_POOL_HELPERS_H

/* <net/page_pool/helpers.h>: Linux 6.6 (split out of <net/page_pool.h>); probe page_pool_helpers_h (BPC_PAGE_POOL_HELPERS_H) (otherwise the older home of its contents) */
#ifdef BPC_PAGE_POOL_HELPERS_H
#include_next <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif /* BPC_PAGE_POOL_HELPERS_H */

/* pp_page_to_nmdesc(): Linux 6.18 (struct netmem_desc); guarded by
 * BPC_PP_PAGE_TO_NMDESC.  Before it the page_pool fields live in struct page. */
#ifndef BPC_PP_PAGE_TO_NMDESC
#ifdef BPC_PAGE_POOL_PAGE_PP
#define pp_page_to_nmdesc(page) (page)
#else
/* struct page.pp: Linux 5.14; probe page_pool_page_pp.  Before it a pool page does not
 * know its pool: page_pool_alloc_frag() below records it in page->private (unused by
 * the old page_pool, cleared by the page allocator on the next allocation). */
struct bp_page_pool_owner {
	struct page_pool *pp;
};
#define pp_page_to_nmdesc(page) ((struct bp_page_pool_owner *)&(page)->private)
#endif /* BPC_PAGE_POOL_PAGE_PP */
#endif /* BPC_PP_PAGE_TO_NMDESC */

/* page_pool_alloc_frag(): Linux 5.15; probe page_pool_alloc_frag (also covers
 * skb_mark_for_recycle(), 5.14).  Without fragment support every buffer gets a page of
 * its own (offset 0).  Without skb recycling a driver must release a pool page with
 * page_pool_release_page() before the stack may free it: see patch
 * 0312-mt76-page-pool-no-skb-recycling. */
#ifndef BPC_PAGE_POOL_ALLOC_FRAG
static inline struct page *page_pool_alloc_frag(struct page_pool *pool, unsigned int *offset,
						unsigned int size, gfp_t gfp)
{
	struct page *page = page_pool_alloc_pages(pool, gfp);

	if (!page)
		return NULL;
#ifndef BPC_PAGE_POOL_PAGE_PP
	pp_page_to_nmdesc(page)->pp = pool;
#endif
	*offset = 0;
	return page;
}

/* What skb_mark_for_recycle() stands for there, once an skb holds all its pool pages: each
 * leaves its pool (the head when build_skb() made it on a pool buffer, every fragment),
 * so that the stack frees them as plain pages.  Only for drivers whose rx skbs hold pool
 * pages and nothing else (patch 0312: mt76 USB rx, mt7996's RRO rx path). */
#include <linux/skbuff.h>
static inline void bp_page_pool_release_skb(struct sk_buff *skb)
{
	struct page *page;
	int i;

	if (skb->head_frag) {
		page = virt_to_head_page(skb->head);
		page_pool_release_page(pp_page_to_nmdesc(page)->pp, page);
	}
	for (i = 0; i < skb_shinfo(skb)->nr_frags; i++) {
		page = compound_head(skb_frag_page(&skb_shinfo(skb)->frags[i]));
		page_pool_release_page(pp_page_to_nmdesc(page)->pp, page);
	}
}
#endif /* BPC_PAGE_POOL_ALLOC_FRAG */

/* page_pool_get_dma_dir(): Linux 5.11; probe page_pool_get_dma_dir */
#ifndef BPC_PAGE_POOL_GET_DMA_DIR
static inline enum dma_data_direction page_pool_get_dma_dir(struct page_pool *pool)
{
	return pool->p.dma_dir;
}
#endif

/* page_pool ethtool statistics helpers: Linux 6.0; probe page_pool_stats.  Older kernels
 * keep no statistics: the stubs a newer kernel has without CONFIG_PAGE_POOL_STATS (the
 * statistics themselves, struct page_pool_stats, are used only under that option). */
#ifndef BPC_PAGE_POOL_STATS
static inline int page_pool_ethtool_stats_get_count(void)
{
	return 0;
}
static inline u8 *page_pool_ethtool_stats_get_strings(u8 *data)
{
	return data;
}
static inline u64 *page_pool_ethtool_stats_get(u64 *data, const void *stats)
{
	return data;
}
#endif /* BPC_PAGE_POOL_STATS */

/* page_pool_enable_direct_recycling(): newer than Linux 6.12 (Debian 6.12.117 lacks it); probe
 * page_pool_enable_direct_recycling.  Hands a pool to its NAPI instance after creation.
 * Where the pool has a NAPI owner (page_pool_params.napi; probe page_pool_params_napi) the
 * owner is set as upstream does, without upstream's page_pools_lock (static in net/core; it
 * only orders the write against the netlink pool dump, which reads the pointer for the
 * NAPI id).  Before, pools have no NAPI owner and recycle through their ring: nothing to do. */
#ifndef BPC_PAGE_POOL_ENABLE_DIRECT_RECYCLING
static inline void page_pool_enable_direct_recycling(struct page_pool *pool,
						     struct napi_struct *napi)
{
#ifdef BPC_PAGE_POOL_PARAMS_NAPI
	if (READ_ONCE(pool->p.napi) == napi)
		return;
	WARN_ON(!napi || pool->p.napi);
	WRITE_ONCE(pool->p.napi, napi);
#endif
}
#endif /* BPC_PAGE_POOL_ENABLE_DIRECT_RECYCLING */

/* page_pool_disable_direct_recycling(): Linux 6.12 (Debian 6.12.117 has it, 6.1.0-57 does
 * not); probe page_pool_disable_direct_recycling.  Without a NAPI owner (before
 * page_pool_params.napi) there is no direct recycling to turn off. */
#ifndef BPC_PAGE_POOL_DISABLE_DIRECT_RECYCLING
static inline void page_pool_disable_direct_recycling(struct page_pool *pool)
{
#ifdef BPC_PAGE_POOL_PARAMS_NAPI
	WRITE_ONCE(pool->p.napi, NULL);
#endif
}
#endif /* BPC_PAGE_POOL_DISABLE_DIRECT_RECYCLING */

/* page_pool_alloc_netmem(), page_pool_dev_alloc_netmem(), page_pool_dev_alloc_netmems():
 * newer than Linux 6.12 (Debian 6.12.117 lacks them); probe page_pool_dev_alloc_netmem.
 * The netmem forms of page_pool_alloc()/page_pool_dev_alloc()/page_pool_dev_alloc_pages(),
 * written over the target's exported netmem allocators (probe page_pool_alloc_netmems,
 * 6.12): a whole buffer when the request is over half the pool's page size, otherwise a
 * fragment, the tail of the page added to a fragment after which no other fits (what
 * page_pool_alloc() does for pages).  Targets without netmem (6.1, 5.10) get nothing. */
#if !defined(BPC_PAGE_POOL_DEV_ALLOC_NETMEM) && defined(BPC_PAGE_POOL_ALLOC_NETMEMS)
static inline netmem_ref page_pool_alloc_netmem(struct page_pool *pool,
						unsigned int *offset,
						unsigned int *size, gfp_t gfp)
{
	unsigned int max_size = PAGE_SIZE << pool->p.order;
	netmem_ref netmem;

	if ((*size << 1) > max_size) {
		*size = max_size;
		*offset = 0;
		return page_pool_alloc_netmems(pool, gfp);
	}

	netmem = page_pool_alloc_frag_netmem(pool, offset, *size, gfp);
	if (unlikely(!netmem))
		return 0;

	if (pool->frag_offset + *size > max_size) {
		*size = max_size - *offset;
		pool->frag_offset = max_size;
	}

	return netmem;
}

static inline netmem_ref page_pool_dev_alloc_netmem(struct page_pool *pool,
						    unsigned int *offset,
						    unsigned int *size)
{
	return page_pool_alloc_netmem(pool, offset, size, GFP_ATOMIC | __GFP_NOWARN);
}

static inline netmem_ref page_pool_dev_alloc_netmems(struct page_pool *pool)
{
	return page_pool_alloc_netmems(pool, GFP_ATOMIC | __GFP_NOWARN);
}
#endif /* !BPC_PAGE_POOL_DEV_ALLOC_NETMEM && BPC_PAGE_POOL_ALLOC_NETMEMS */

#endif /* __BACKPORT_NET_PAGE_POOL_HELPERS_H */
