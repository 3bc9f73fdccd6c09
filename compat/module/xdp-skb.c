// SPDX-License-Identifier: GPL-2.0-only
/*
 * xdp_build_skb_from_buff(): upstream v6.13 (net/core/xdp.c); probe xdp_build_skb_from_buff
 * (export-checked). Only where XDP multi-buffer exists (5.18, probe xdp_frame_has_frags):
 * its frags live in the buffer's shared info, which 5.10 does not have.
 *
 * The skb takes over the buffer in place: its head is the buffer's memory (frame_sz long,
 * headroom up to ->data), the linear part ends at ->data_end, the metadata in front of
 * ->data is kept, page_pool memory is marked for recycling, and the frags already sit in
 * the shared info at the end of the buffer, which becomes the skb's own: only the skb's
 * lengths and the frag count need updating.
 */
#include <linux/etherdevice.h>
#include <linux/export.h>
#include <linux/skbuff.h>
#ifdef BPC_NETMEM_REF
#include <net/netmem.h>		/* virt_to_netmem(), compat on 6.12.107/.111 */
#endif
#include <net/page_pool/helpers.h>
#include <net/xdp.h>
#include <net/xdp_sock_drv.h>

#if !defined(BPC_XDP_BUILD_SKB_FROM_BUFF) && defined(BPC_XDP_FRAME_HAS_FRAGS)
struct sk_buff *xdp_build_skb_from_buff(const struct xdp_buff *xdp)
{
	const struct xdp_rxq_info *rxq = xdp->rxq;
	int metalen = xdp->data - xdp->data_meta;
	u32 nr = 0, size = 0, truesize = 0;
	struct sk_buff *skb;

	/* read before napi_build_skb() initialises the same shared info (the cast: the
	 * helpers take no const buffer before 6.13) */
	if (unlikely(xdp_buff_has_frags((struct xdp_buff *)xdp))) {
		const struct skb_shared_info *sinfo =
			xdp_get_shared_info_from_buff((struct xdp_buff *)xdp);

		nr = sinfo->nr_frags;
		size = sinfo->xdp_frags_size;
#ifdef BPC_STRUCT_SKB_SHARED_INFO_HAS_XDP_FRAGS_TRUESIZE
		truesize = sinfo->xdp_frags_truesize;
#endif
		/* what upstream assumes when the truesize is not known: a frame each */
		if (!truesize)
			truesize = nr * xdp->frame_sz;
	}

	skb = napi_build_skb(xdp->data_hard_start, xdp->frame_sz);
	if (unlikely(!skb))
		return NULL;

	skb_reserve(skb, xdp->data - xdp->data_hard_start);
	__skb_put(skb, xdp->data_end - xdp->data);
	if (metalen > 0)
		skb_metadata_set(skb, metalen);
	if (rxq->mem.type == MEM_TYPE_PAGE_POOL)
		skb_mark_for_recycle(skb);
	skb_record_rx_queue(skb, rxq->queue_index);
	if (unlikely(nr))
		xdp_update_skb_frags_info(skb, nr, size, truesize, xdp_buff_get_skb_flags(xdp));

	skb->protocol = eth_type_trans(skb, rxq->dev);
	return skb;
}
EXPORT_SYMBOL_GPL(xdp_build_skb_from_buff);
#endif

/* xdp_return_frag(): upstream v6.13; probe xdp_buff_add_frag (export xdp_return_frag).  One
 * reference of a frag of an xdp_buff goes back to where the Rx queue's memory model took it
 * from: __xdp_return() does this on the target but is not exported. */
#if !defined(BPC_XDP_BUFF_ADD_FRAG) && defined(BPC_XDP_FRAME_HAS_FRAGS) && defined(BPC_NETMEM_REF)
void xdp_return_frag(netmem_ref netmem, const struct xdp_buff *xdp)
{
	switch (xdp->rxq->mem.type) {
	case MEM_TYPE_PAGE_POOL:
		/* not from the pool's direct cache: this context may not own it */
		page_pool_put_full_netmem(netmem_get_pp(netmem), netmem, false);
		break;
	case MEM_TYPE_PAGE_SHARED:
		page_frag_free(page_address(netmem_to_page(netmem)));
		break;
	case MEM_TYPE_PAGE_ORDER0:
		put_page(netmem_to_page(netmem));
		break;
	default:
		/* XSk buffers are never coalesced (try_coalesce is false for them) */
		WARN_ON_ONCE(1);
		break;
	}
}
EXPORT_SYMBOL_GPL(xdp_return_frag);
#endif

/* xdp_build_skb_from_zc(): upstream v6.13; probe xdp_build_skb_from_zc (export-checked).  The
 * XSk buffer stays with its pool: the metadata (kept in front of the data), the linear part
 * and every frag are copied into one new linear skb, then the buffer (frags included) is
 * freed; NULL when no skb could be had, the buffer left to the caller as upstream does. */
#if !defined(BPC_XDP_BUILD_SKB_FROM_ZC) && defined(BPC_XDP_FRAME_HAS_FRAGS)
struct sk_buff *xdp_build_skb_from_zc(struct xdp_buff *xdp)
{
	const struct xdp_rxq_info *rxq = xdp->rxq;
	int metalen = xdp->data - xdp->data_meta;
	u32 meta = metalen > 0 ? metalen : 0;
	struct sk_buff *skb;

	skb = __netdev_alloc_skb(rxq->dev, meta + xdp_get_buff_len(xdp),
				 GFP_ATOMIC | __GFP_NOWARN);
	if (unlikely(!skb))
		return NULL;

	if (meta) {
		skb_put_data(skb, xdp->data_meta, meta);
		__skb_pull(skb, meta);
		skb_metadata_set(skb, meta);
	}
	skb_put_data(skb, xdp->data, xdp->data_end - xdp->data);
	if (unlikely(xdp_buff_has_frags(xdp))) {
		const struct skb_shared_info *sinfo = xdp_get_shared_info_from_buff(xdp);
		u32 i;

		for (i = 0; i < sinfo->nr_frags; i++)
			skb_put_data(skb, skb_frag_address(&sinfo->frags[i]),
				     skb_frag_size(&sinfo->frags[i]));
	}
	skb_record_rx_queue(skb, rxq->queue_index);

	xsk_buff_free(xdp);

	skb->protocol = eth_type_trans(skb, rxq->dev);
	return skb;
}
EXPORT_SYMBOL_GPL(xdp_build_skb_from_zc);
#endif

/* struct xdp_frame_bulk of netmems: upstream v6.14; probe xdp_frame_bulk_netmem.  Each netmem
 * goes back to the page_pool of its page (compound head: a frame can sit in a tail page of a
 * high-order pool page), as page_pool_put_netmem_bulk() does, one at a time. */
#if !defined(BPC_XDP_FRAME_BULK_NETMEM) && defined(BPC_NETMEM_REF)
void xdp_flush_frame_bulk(struct xdp_frame_bulk *bq)
{
	int i;

	for (i = 0; i < bq->count; i++) {
		struct page *page = compound_head(netmem_to_page(bq->q[i]));

		page_pool_put_full_page(page->pp, page, false);
	}
	bq->count = 0;
}
EXPORT_SYMBOL_GPL(xdp_flush_frame_bulk);

static void bp_xdp_frame_bulk_add(struct xdp_frame_bulk *bq, netmem_ref netmem)
{
	if (bq->count == XDP_BULK_QUEUE_SIZE)
		xdp_flush_frame_bulk(bq);
	bq->q[bq->count++] = netmem;
}

void xdp_return_frame_bulk(struct xdp_frame *xdpf, struct xdp_frame_bulk *bq)
{
	if (xdpf->mem.type != MEM_TYPE_PAGE_POOL) {
		xdp_return_frame(xdpf);
		return;
	}
	if (unlikely(xdp_frame_has_frags(xdpf))) {
		struct skb_shared_info *sinfo = xdp_get_shared_info_from_frame(xdpf);
		u32 i;

		for (i = 0; i < sinfo->nr_frags; i++)
			bp_xdp_frame_bulk_add(bq, skb_frag_netmem(&sinfo->frags[i]));
	}
	bp_xdp_frame_bulk_add(bq, virt_to_netmem(xdpf->data));
}
EXPORT_SYMBOL_GPL(xdp_return_frame_bulk);
#endif
