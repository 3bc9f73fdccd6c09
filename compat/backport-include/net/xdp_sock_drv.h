/* <net/xdp_sock_drv.h> */
#ifndef __BACKPORT_NET_XDP_SOCK_DRV_H
#define __BACKPORT_NET_XDP_SOCK_DRV_H
#include_next <net/xdp_sock_drv.h>

/* xsk_tx_metadata_request(pool, &meta, ops, priv): newer than Linux 6.12 (validates the metadata against
 * the pool and clears *meta when no completion timestamp is wanted); probe
 * xsk_tx_metadata_request_pool.  v6.8-v6.x have xsk_tx_metadata_request(meta, ops, priv),
 * whose metadata xsk_buff_get_metadata() already validated.  The inline is defined before
 * the macro, so its body calls the kernel's three-argument form.  Before v6.8 (no AF_XDP Tx
 * metadata at all, probe xsk_tx_metadata) nothing here. */
#if !defined(BPC_XSK_TX_METADATA_REQUEST_POOL) && defined(BPC_XSK_TX_METADATA)
static inline void bp_xsk_tx_metadata_request(const struct xsk_buff_pool *pool,
					      struct xsk_tx_metadata **pmeta,
					      const struct xsk_tx_metadata_ops *ops,
					      void *priv)
{
	struct xsk_tx_metadata *meta = *pmeta;

	if (!meta)
		return;
	xsk_tx_metadata_request(meta, ops, priv);
	if (!(meta->flags & XDP_TXMD_FLAGS_TIMESTAMP))
		*pmeta = NULL;
}
#define xsk_tx_metadata_request(pool, pmeta, ops, priv) \
	bp_xsk_tx_metadata_request(pool, pmeta, ops, priv)
#endif

/* xsk_buff_get_metadata(pool, addr, options): the descriptor's options say whether it carries
 * metadata (XDP_TX_METADATA): newer than Linux 6.12, a stable fix Debian has from 6.12.115; probe
 * xsk_buff_get_metadata_options.  Where AF_XDP Tx metadata exists in the (pool, addr) form
 * (6.8 to 6.12.111), the wrapper answers NULL for a descriptor without the flag and asks the
 * kernel's form otherwise (the parenthesised name is not the macro).  Before v6.8 (probe
 * xsk_tx_metadata) the three-argument stub below serves. */
#if !defined(BPC_XSK_BUFF_GET_METADATA_OPTIONS) && defined(BPC_XSK_TX_METADATA)
static inline struct xsk_tx_metadata *
bp_xsk_buff_get_metadata(struct xsk_buff_pool *pool, u64 addr, u32 options)
{
	if (!(options & XDP_TX_METADATA))
		return NULL;
	return (xsk_buff_get_metadata)(pool, addr);
}
#define xsk_buff_get_metadata(pool, addr, options) \
	bp_xsk_buff_get_metadata(pool, addr, options)
#endif

/* xsk_buff_dma_sync_for_cpu(xdp) without the pool argument: upstream v6.10; probe
 * xsk_buff_dma_sync_for_cpu_one_arg.  The buffer knows its pool (struct xdp_buff_xsk).  The
 * parameter is not named xdp: container_of() names the member xdp, and a caller's bi->xdp
 * must not replace it. */
#ifndef BPC_XSK_BUFF_DMA_SYNC_FOR_CPU_ONE_ARG
#include <net/xsk_buff_pool.h>
#define xsk_buff_dma_sync_for_cpu(bp_xdp) \
	xsk_buff_dma_sync_for_cpu(bp_xdp, container_of(bp_xdp, struct xdp_buff_xsk, xdp)->pool)
#endif

/* AF_XDP Tx metadata (struct xsk_tx_metadata_ops, xsk_buff_get_metadata(),
 * xsk_tx_metadata_request(), _to_compl(), _complete(), xp_tx_metadata_enabled()): upstream
 * v6.8; probe xsk_tx_metadata.  Before, a socket cannot ask for Tx metadata: no frame carries
 * any (xsk_buff_get_metadata() is NULL, no pool enables it), so requests and completions have
 * nothing to do.  The ops struct lets a driver define its table; the target never calls it
 * (the driver's delta leaves net_device.xsk_tx_metadata_ops out). */
#ifndef BPC_XSK_TX_METADATA
struct xsk_tx_metadata;

struct xsk_tx_metadata_ops {
	void	(*tmo_request_timestamp)(void *priv);
	u64	(*tmo_fill_timestamp)(void *priv);
	void	(*tmo_request_checksum)(u16 csum_start, u16 csum_offset, void *priv);
	void	(*tmo_request_launch_time)(u64 launch_time, void *priv);
};

static inline struct xsk_tx_metadata *
xsk_buff_get_metadata(struct xsk_buff_pool *pool, u64 addr, u32 options)
{
	return NULL;
}

static inline void xsk_tx_metadata_request(const struct xsk_buff_pool *pool,
					   struct xsk_tx_metadata **pmeta,
					   const struct xsk_tx_metadata_ops *ops,
					   void *priv)
{
}

static inline void xsk_tx_metadata_to_compl(struct xsk_tx_metadata *meta,
					    struct xsk_tx_metadata_compl *compl)
{
	compl->tx_timestamp = NULL;
}

static inline void xsk_tx_metadata_complete(struct xsk_tx_metadata_compl *compl,
					    const struct xsk_tx_metadata_ops *ops,
					    void *priv)
{
}

static inline bool xp_tx_metadata_enabled(const struct xsk_buff_pool *pool)
{
	return false;
}
#endif /* BPC_XSK_TX_METADATA */

/* xsk_buff_alloc_batch(): upstream v5.16 ("xsk: Batched buffer allocation for the pool");
 * probe xsk_buff_alloc_batch.  Before, one xsk_buff_alloc() per buffer: the same buffers,
 * one pool access each. */
#ifndef BPC_XSK_BUFF_ALLOC_BATCH
static inline u32 xsk_buff_alloc_batch(struct xsk_buff_pool *pool,
				       struct xdp_buff **xdp, u32 max)
{
	u32 i;

	for (i = 0; i < max; i++) {
		xdp[i] = xsk_buff_alloc(pool);
		if (!xdp[i])
			break;
	}
	return i;
}
#endif /* BPC_XSK_BUFF_ALLOC_BATCH */

/* xsk_buff_set_size(): newer than Linux 5.10 (in 6.1); probe xsk_buff_set_size.  Reset a
 * buffer that xsk_buff_alloc_batch() handed out to @size bytes after the XDP headroom. */
#ifndef BPC_XSK_BUFF_SET_SIZE
static inline void xsk_buff_set_size(struct xdp_buff *xdp, u32 size)
{
	xdp->data = xdp->data_hard_start + XDP_PACKET_HEADROOM;
	xdp->data_meta = xdp->data;
	xdp->data_end = xdp->data + size;
}
#endif /* BPC_XSK_BUFF_SET_SIZE */

/* xsk_buff_add_frag(head, xdp): newer than Linux 6.12 (the frag is also attached to the head
 * buffer's shared info, which drivers did themselves before); probe
 * xsk_buff_add_frag_head.  Where AF_XDP multi-buffer exists (the one-argument form, 6.6;
 * probe xsk_buff_add_frag_one_arg) this attaches the frag's page, offset and length to
 * @head (no coalescing, as upstream's xsk form) and queues it with the old call.  Before,
 * no pool hands out multi-buffer frames: there is never a frag to add. */
#ifndef BPC_XSK_BUFF_ADD_FRAG_HEAD
#ifdef BPC_XSK_BUFF_ADD_FRAG_ONE_ARG
#include <linux/mm.h>
#include <linux/skbuff.h>
static inline bool bp_xsk_buff_add_frag(struct xdp_buff *head, struct xdp_buff *xdp)
{
	struct skb_shared_info *sinfo = xdp_get_shared_info_from_buff(head);
	u32 len = xdp->data_end - xdp->data;
	u32 nr_frags = 0;

	if (!xdp_buff_has_frags(head)) {
		xdp_buff_set_frags_flag(head);
		sinfo->xdp_frags_size = 0;
	} else {
		nr_frags = sinfo->nr_frags;
		if (unlikely(nr_frags == MAX_SKB_FRAGS))
			return false;
	}
	__skb_fill_page_desc_noacc(sinfo, nr_frags, virt_to_page(xdp->data),
				   offset_in_page(xdp->data), len);
	sinfo->nr_frags = nr_frags + 1;
	sinfo->xdp_frags_size += len;

	xsk_buff_add_frag(xdp);
	return true;
}
#else
static inline bool bp_xsk_buff_add_frag(struct xdp_buff *head, struct xdp_buff *xdp)
{
	return false;
}
#endif /* BPC_XSK_BUFF_ADD_FRAG_ONE_ARG */
#define xsk_buff_add_frag(head, xdp) bp_xsk_buff_add_frag(head, xdp)
#endif /* BPC_XSK_BUFF_ADD_FRAG_HEAD */

/* xsk_buff_raw_get_ctx() and struct xdp_desc_ctx: upstream v6.14 (xp_raw_get_ctx(), one call
 * for a Tx descriptor's DMA address and metadata pointer); probe xsk_buff_raw_get_ctx.  The
 * two lookups it saves, through xsk_buff_get_metadata(pool, addr, options) as the target (or
 * the compat form above) has it: that one also validates the metadata, which upstream leaves
 * to xsk_tx_metadata_request() (the compat form above does not validate again). */
#ifndef BPC_XSK_BUFF_RAW_GET_CTX
struct xdp_desc_ctx {
	dma_addr_t dma;
	struct xsk_tx_metadata *meta;
};

static inline struct xdp_desc_ctx
xsk_buff_raw_get_ctx(const struct xsk_buff_pool *pool, u64 addr, u32 options)
{
	struct xsk_buff_pool *p = (struct xsk_buff_pool *)pool;

	return (struct xdp_desc_ctx){
		.dma	= xsk_buff_raw_get_dma(p, addr),
		.meta	= xsk_buff_get_metadata(p, addr, options),
	};
}
#endif /* BPC_XSK_BUFF_RAW_GET_CTX */

#endif /* __BACKPORT_NET_XDP_SOCK_DRV_H */
