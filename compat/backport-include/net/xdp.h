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

#endif /* __BACKPORT_NET_XDP_H */
