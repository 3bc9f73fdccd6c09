/* page_pool_alloc_frag() and skb_mark_for_recycle(): Linux 5.15 / 5.14 (page fragments and skb recycling) */
#include <linux/skbuff.h>
#if __has_include(<net/page_pool/helpers.h>)
#include <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif

struct page *bp_probe(struct page_pool *pool, unsigned int *offset, struct sk_buff *skb);
struct page *bp_probe(struct page_pool *pool, unsigned int *offset, struct sk_buff *skb)
{
	skb_mark_for_recycle(skb);
	return page_pool_alloc_frag(pool, offset, 2048, GFP_ATOMIC);
}
