/* net/xdp.h: the kernel's header plus the XDP buffer helpers of 5.11-5.18 */
#ifndef __BACKPORT_NET_XDP_H
#define __BACKPORT_NET_XDP_H
#include_next <net/xdp.h>

/* xdp_init_buff(), xdp_prepare_buff(): upstream v5.12; probe xdp_init_buff.  Fill the
 * frame size/Rx queue and the data pointers of an xdp_buff (the fields exist since 5.8);
 * meta_valid false marks "no metadata" the way upstream does (data_meta past data). */
#ifndef BPC_XDP_INIT_BUFF
static __always_inline void
xdp_init_buff(struct xdp_buff *xdp, u32 frame_sz, struct xdp_rxq_info *rxq)
{
	xdp->frame_sz = frame_sz;
	xdp->rxq = rxq;
}

static __always_inline void
xdp_prepare_buff(struct xdp_buff *xdp, unsigned char *hard_start,
		 int headroom, int data_len, const bool meta_valid)
{
	unsigned char *data = hard_start + headroom;

	xdp->data_hard_start = hard_start;
	xdp->data = data;
	xdp->data_end = data + data_len;
	xdp->data_meta = meta_valid ? data : data + 1;
}
#endif /* BPC_XDP_INIT_BUFF */

/* xdp_rxq_info_reg(rxq, dev, queue_index, napi_id): upstream v5.11; probe
 * xdp_rxq_info_reg_napi_id.  Before, the Rx queue info carries no NAPI id (AF_XDP busy
 * polling cannot find the queue's NAPI): the id is evaluated (drivers compute it with a
 * helper of their own) and dropped. */
#ifndef BPC_XDP_RXQ_INFO_REG_NAPI_ID
#define xdp_rxq_info_reg(rxq, dev, queue_index, napi_id) \
	({ (void)(napi_id); xdp_rxq_info_reg(rxq, dev, queue_index); })
#endif /* BPC_XDP_RXQ_INFO_REG_NAPI_ID */

/* XDP multi-buffer: xdp_frame_has_frags(), xdp_buff_has_frags(), xdp_buff_clear_frags_flag(),
 * xdp_get_frame_len(): upstream v5.18; probe xdp_frame_has_frags.  Before, an XDP buffer
 * is always one linear buffer: nothing has frags, the frame length is its linear length. */
#ifndef BPC_XDP_FRAME_HAS_FRAGS
static __always_inline bool xdp_frame_has_frags(const struct xdp_frame *frame)
{
	return false;
}

static __always_inline bool xdp_buff_has_frags(const struct xdp_buff *xdp)
{
	return false;
}

static __always_inline void xdp_buff_clear_frags_flag(struct xdp_buff *xdp)
{
}

static __always_inline unsigned int xdp_get_frame_len(const struct xdp_frame *frame)
{
	return frame->len;
}
#endif /* BPC_XDP_FRAME_HAS_FRAGS */

/* xdp_buff_get_skb_flags(): newer than Linux 6.12 (Debian 6.12.117 lacks it); probe
 * xdp_buff_get_skb_flags.  The buffer's flags for xdp_update_skb_frags_info() below; none
 * before XDP multi-buffer (5.18). */
#ifndef BPC_XDP_BUFF_GET_SKB_FLAGS
static __always_inline u32 xdp_buff_get_skb_flags(const struct xdp_buff *xdp)
{
#ifdef BPC_XDP_FRAME_HAS_FRAGS
	return xdp->flags;
#else
	return 0;
#endif
}
#endif /* BPC_XDP_BUFF_GET_SKB_FLAGS */

/* xdp_update_skb_frags_info(skb, nr_frags, size, truesize, xdp_flags): newer than Linux 6.12
 * (xdp_update_skb_shared_info() renamed, its pfmemalloc bool now the buffer's flags);
 * probe xdp_update_skb_frags_info.  The old helper takes the pfmemalloc bit of the flags
 * (6.12 has no unreadable frags and keeps no destructor_arg in the frags' place); without
 * XDP multi-buffer (5.10) the same accounting is done here (drivers call it only for
 * buffers with frags, which 5.10 never has). */
#ifndef BPC_XDP_UPDATE_SKB_FRAGS_INFO
#include <linux/skbuff.h>
static inline void xdp_update_skb_frags_info(struct sk_buff *skb, u8 nr_frags,
					     unsigned int size, unsigned int truesize,
					     u32 xdp_flags)
{
#ifdef BPC_XDP_FRAME_HAS_FRAGS
	xdp_update_skb_shared_info(skb, nr_frags, size, truesize,
				   !!(xdp_flags & XDP_FLAGS_FRAGS_PF_MEMALLOC));
#else
	skb_shinfo(skb)->nr_frags = nr_frags;
	skb->len += size;
	skb->data_len += size;
	skb->truesize += truesize;
#endif
}
#endif /* BPC_XDP_UPDATE_SKB_FRAGS_INFO */

/* xdp_build_skb_from_buff(): upstream v6.13 (net/core/xdp.c: an skb built in place over an
 * xdp_buff, frags included); probe xdp_build_skb_from_buff (export-checked). compat.ko
 * (compat/xdp-skb.c) where XDP multi-buffer exists (probe xdp_frame_has_frags); not declared
 * on 5.10, so its callers (libeth) do not build there. */
#if !defined(BPC_XDP_BUILD_SKB_FROM_BUFF) && defined(BPC_XDP_FRAME_HAS_FRAGS)
#define xdp_build_skb_from_buff LINUX_BACKPORT(xdp_build_skb_from_buff)
struct sk_buff *xdp_build_skb_from_buff(const struct xdp_buff *xdp);
#endif

/* xdp_buff_add_frag(), __xdp_buff_add_frag(), xdp_return_frag(): upstream v6.13 (attach a
 * netmem frag to an xdp_buff, coalescing with the previous one when it continues it; the
 * coalesced frag's own reference is dropped); probe xdp_buff_add_frag (xdp_return_frag's
 * export checked).  Where XDP multi-buffer (5.18, probe xdp_frame_has_frags) and netmem (6.10,
 * probe netmem_ref) exist; xdp_return_frag() in compat.ko (compat/xdp-skb.c: the target's
 * __xdp_return() is not exported).  No unreadable (net_iov) frags reach XDP on such a target,
 * so only the pfmemalloc bit is kept.  Without skb_shared_info.xdp_frags_truesize (6.13,
 * probe struct_skb_shared_info_has_xdp_frags_truesize) the frags' truesize is not kept:
 * xdp_build_skb_from_buff() then charges a frame per frag, as upstream does when it is 0. */
#if !defined(BPC_XDP_BUFF_ADD_FRAG) && defined(BPC_XDP_FRAME_HAS_FRAGS) && defined(BPC_NETMEM_REF)
#include <net/netmem.h>		/* netmem_is_pfmemalloc(), compat on 6.12.107/.111 */
#define xdp_return_frag LINUX_BACKPORT(xdp_return_frag)
void xdp_return_frag(netmem_ref netmem, const struct xdp_buff *xdp);

static inline bool __xdp_buff_add_frag(struct xdp_buff *xdp, netmem_ref netmem,
				       u32 offset, u32 size, u32 truesize,
				       bool try_coalesce)
{
	struct skb_shared_info *sinfo = xdp_get_shared_info_from_buff(xdp);
	u32 nr = 0;

	if (xdp_buff_has_frags(xdp)) {
		skb_frag_t *last;

		nr = sinfo->nr_frags;
		last = &sinfo->frags[nr - 1];
		if (try_coalesce && skb_frag_netmem(last) == netmem &&
		    skb_frag_off(last) + skb_frag_size(last) == offset) {
			skb_frag_size_add(last, size);
			xdp_return_frag(netmem, xdp);
			goto account;
		}
		if (unlikely(nr == MAX_SKB_FRAGS))
			return false;
	} else {
		xdp_buff_set_frags_flag(xdp);
		sinfo->xdp_frags_size = 0;
#ifdef BPC_STRUCT_SKB_SHARED_INFO_HAS_XDP_FRAGS_TRUESIZE
		sinfo->xdp_frags_truesize = 0;
#endif
	}
	__skb_fill_netmem_desc_noacc(sinfo, nr++, netmem, offset, size);
	sinfo->nr_frags = nr;
account:
	sinfo->xdp_frags_size += size;
#ifdef BPC_STRUCT_SKB_SHARED_INFO_HAS_XDP_FRAGS_TRUESIZE
	sinfo->xdp_frags_truesize += truesize;
#endif
	return true;
}

static inline bool xdp_buff_add_frag(struct xdp_buff *xdp, netmem_ref netmem,
				     u32 offset, u32 size, u32 truesize)
{
	if (!__xdp_buff_add_frag(xdp, netmem, offset, size, truesize, true))
		return false;
	if (unlikely(netmem_is_pfmemalloc(netmem)))
		xdp_buff_set_frag_pfmemalloc(xdp);
	return true;
}
#endif

/* xdp_build_skb_from_zc(): upstream v6.13 (net/core/xdp.c: XDP_PASS of an XSk zero-copy
 * buffer, copied into page_pool pages of the system pool, the XSk buffer freed); probe
 * xdp_build_skb_from_zc (export-checked).  compat.ko (compat/xdp-skb.c) where XDP multi-buffer
 * exists (probe xdp_frame_has_frags): the packet, metadata and frags are copied into one
 * linear skb from the device's skb allocator instead (the target's per-CPU system page_pool
 * is not exported), so a multi-buffer frame arrives linear. */
#if !defined(BPC_XDP_BUILD_SKB_FROM_ZC) && defined(BPC_XDP_FRAME_HAS_FRAGS)
#define xdp_build_skb_from_zc LINUX_BACKPORT(xdp_build_skb_from_zc)
struct sk_buff *xdp_build_skb_from_zc(struct xdp_buff *xdp);
#endif

/* struct xdp_frame_bulk of netmem_refs, without ->xa: upstream v6.14 (the bulk frees each
 * netmem to its own page_pool, page_pool_put_netmem_bulk()); probe xdp_frame_bulk_netmem.
 * Before, q[] holds data addresses and xdp_flush_frame_bulk() frees them to bq->xa's pool
 * only, which xdp_frame_bulk_init() leaves unset: 7.2 code storing netmems in q[] (libeth)
 * would free the wrong pages, or none and overrun q[].  Where netmem exists (probe
 * netmem_ref) the struct and its three functions are the compat's own (compat.ko,
 * compat/xdp-skb.c): a flush puts each netmem back to its page's pool one by one (no
 * bulk recycling), not from the pool's direct cache. */
#if !defined(BPC_XDP_FRAME_BULK_NETMEM) && defined(BPC_NETMEM_REF)
struct bp_xdp_frame_bulk {
	int count;
	netmem_ref q[XDP_BULK_QUEUE_SIZE];
};
#define xdp_frame_bulk bp_xdp_frame_bulk

static __always_inline void bp_xdp_frame_bulk_init(struct xdp_frame_bulk *bq)
{
	bq->count = 0;
}
#define xdp_frame_bulk_init(bq) bp_xdp_frame_bulk_init(bq)

#define xdp_flush_frame_bulk LINUX_BACKPORT(xdp_flush_frame_bulk)
void xdp_flush_frame_bulk(struct xdp_frame_bulk *bq);
#define xdp_return_frame_bulk LINUX_BACKPORT(xdp_return_frame_bulk)
void xdp_return_frame_bulk(struct xdp_frame *xdpf, struct xdp_frame_bulk *bq);
#endif

#endif /* __BACKPORT_NET_XDP_H */
