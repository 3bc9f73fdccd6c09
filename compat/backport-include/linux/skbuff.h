/* linux/skbuff.h: the kernel's header plus the skb helpers newer drivers use. */
#ifndef __BACKPORT_LINUX_SKBUFF_H
#define __BACKPORT_LINUX_SKBUFF_H
#include_next <linux/skbuff.h>

/* napi_build_skb(): upstream v5.12; probe napi_build_skb.  build_skb() is the same
 * without the NAPI skbuff_head cache. */
#ifndef BPC_NAPI_BUILD_SKB
#define napi_build_skb(data, frag_size) build_skb(data, frag_size)
#endif

/* TX completion timestamps: Linux 6.15 ("net-timestamp: COMPLETION timestamp on packet
 * tx completion"); probe scm_tstamp_completion. Before, the stack cannot deliver them:
 * no skb asks for one (the flag is 0, so Bluetooth tracks no packet and never reports
 * SCM_TSTAMP_COMPLETION, see linux/errqueue.h), and sockets do not advertise them
 * (SOF_TIMESTAMPING_TX_COMPLETION is 0, see linux/net_tstamp.h). */
#ifndef BPC_SCM_TSTAMP_COMPLETION
#define SKBTX_COMPLETION_TSTAMP		0
#endif /* BPC_SCM_TSTAMP_COMPLETION */

/* skb_pull_data(): Linux 5.17; probe skb_pull_data. The data pulled, or NULL when the
 * skb is shorter than len (then nothing is pulled). */
#ifndef BPC_SKB_PULL_DATA
static inline void *skb_pull_data(struct sk_buff *skb, size_t len)
{
	void *data = skb->data;

	if (skb->len < len)
		return NULL;
	skb_pull(skb, len);
	return data;
}
#endif /* BPC_SKB_PULL_DATA */

/* __skb_tstamp_tx() takes the ACK skb: Linux 5.13; probe skb_tstamp_tx_ack_skb. Before,
 * there is no such argument (only TCP ACK timestamps use it): dropped. */
#ifndef BPC_SKB_TSTAMP_TX_ACK_SKB
#define __skb_tstamp_tx(orig_skb, ack_skb, hwtstamps, sk, tstype) \
	__skb_tstamp_tx(orig_skb, hwtstamps, sk, tstype)
#endif /* BPC_SKB_TSTAMP_TX_ACK_SKB */

/* skb_recv_datagram(sk, flags, err): Linux 5.19 took the noblock argument out (it is
 * flags & MSG_DONTWAIT); probe skb_recv_datagram_flags. */
#ifndef BPC_SKB_RECV_DATAGRAM_FLAGS
#define skb_recv_datagram(sk, flags, err) \
	skb_recv_datagram(sk, flags, (flags) & MSG_DONTWAIT, err)
#endif /* BPC_SKB_RECV_DATAGRAM_FLAGS */

/* struct xsk_tx_metadata_compl (where a driver keeps the AF_XDP Tx timestamp address until
 * completion): upstream v6.8, with AF_XDP Tx metadata; probe xsk_tx_metadata.  Before, no
 * AF_XDP Tx metadata exists: the struct is there for drivers' descriptors, the helpers in
 * compat net/xdp_sock_drv.h never fill it. */
#ifndef BPC_XSK_TX_METADATA
struct xsk_tx_metadata_compl {
	__u64 *tx_timestamp;
};
#endif /* BPC_XSK_TX_METADATA */

/* dev_page_is_reusable(): upstream v5.11; probe dev_page_is_reusable.  A page an Rx ring may
 * recycle: local to this NUMA node and not from the pfmemalloc reserves. */
#ifndef BPC_DEV_PAGE_IS_REUSABLE
static inline bool dev_page_is_reusable(const struct page *page)
{
	return likely(page_to_nid(page) == numa_mem_id() &&
		      !page_is_pfmemalloc((struct page *)page));
}
#endif /* BPC_DEV_PAGE_IS_REUSABLE */

/* skb_frag_fill_page_desc(): upstream v6.5, commit b51f4113ebb0; probe
 * skb_frag_fill_page_desc.  The page, offset and size of a fragment, through the setters
 * the older kernels have. */
#ifndef BPC_SKB_FRAG_FILL_PAGE_DESC
static inline void skb_frag_fill_page_desc(skb_frag_t *frag, struct page *page,
					   int off, int size)
{
	__skb_frag_set_page(frag, page);
	skb_frag_off_set(frag, off);
	skb_frag_size_set(frag, size);
}
#endif /* BPC_SKB_FRAG_FILL_PAGE_DESC */

/* slab_build_skb(): upstream v6.2, commit ce098da1497c; probe slab_build_skb.  Before it a
 * kmalloc()ed head was given to build_skb() with frag_size 0, which is what
 * slab_build_skb() replaced. */
#ifndef BPC_SLAB_BUILD_SKB
static inline struct sk_buff *slab_build_skb(void *data)
{
	return build_skb(data, 0);
}
#endif /* BPC_SLAB_BUILD_SKB */

/* skb_frag_dma_map(dev, frag[, offset[, size[, dir]]]): upstream v6.13 (the function became
 * __skb_frag_dma_map() behind a variadic macro: offset 0, size the rest of the frag, dir
 * DMA_TO_DEVICE by default); a macro, so #ifndef is the probe.  Before, only the 5-argument
 * function: every form maps to it ((skb_frag_dma_map) is the function, not this macro). */
#ifndef skb_frag_dma_map
#define bp_skb_frag_dma_map_pick(_1, _2, _3, _4, _5, name, ...) name
#define skb_frag_dma_map(...)						\
	bp_skb_frag_dma_map_pick(__VA_ARGS__, bp_skb_frag_dma_map5,	\
				 bp_skb_frag_dma_map4, bp_skb_frag_dma_map3,	\
				 bp_skb_frag_dma_map2, bp_skb_frag_dma_map1)(__VA_ARGS__)
#define bp_skb_frag_dma_map2(dev, frag) bp_skb_frag_dma_map3(dev, frag, 0)
#define bp_skb_frag_dma_map3(dev, frag, offset) ({			\
	const skb_frag_t *bp_frag_ = (frag);				\
	size_t bp_off_ = (offset);					\
									\
	(skb_frag_dma_map)(dev, bp_frag_, bp_off_,			\
			   skb_frag_size(bp_frag_) - bp_off_, DMA_TO_DEVICE);	\
})
#define bp_skb_frag_dma_map4(dev, frag, offset, size)			\
	(skb_frag_dma_map)(dev, frag, offset, size, DMA_TO_DEVICE)
#define bp_skb_frag_dma_map5(dev, frag, offset, size, dir)		\
	(skb_frag_dma_map)(dev, frag, offset, size, dir)
#endif

/* SKB_GSO_TCP_FIXEDID_INNER: newer than Linux 6.12, which split the fixed-IP-ID GSO flag into
 * the outer header's (SKB_GSO_TCP_FIXEDID) and the inner one's. Before, the one flag says the
 * IDs are fixed at every IP level of the packet (GSO tests it for outer and inner alike), so
 * the inner flag is that flag (sfc ef100 Tx, mlx5 HW-GRO Rx); probe skb_gso_tcp_fixedid_inner */
#ifndef BPC_SKB_GSO_TCP_FIXEDID_INNER
#define SKB_GSO_TCP_FIXEDID_INNER SKB_GSO_TCP_FIXEDID
#endif

#endif /* __BACKPORT_LINUX_SKBUFF_H */
