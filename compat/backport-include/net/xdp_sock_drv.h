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

/* xsk_buff_dma_sync_for_cpu(xdp) without the pool argument: upstream v6.10; probe
 * xsk_buff_dma_sync_for_cpu_one_arg.  The buffer knows its pool (struct xdp_buff_xsk).  The
 * parameter is not named xdp: container_of() names the member xdp, and a caller's bi->xdp
 * must not replace it. */
#ifndef BPC_XSK_BUFF_DMA_SYNC_FOR_CPU_ONE_ARG
#include <net/xsk_buff_pool.h>
#define xsk_buff_dma_sync_for_cpu(bp_xdp) \
	xsk_buff_dma_sync_for_cpu(bp_xdp, container_of(bp_xdp, struct xdp_buff_xsk, xdp)->pool)
#endif

#endif /* __BACKPORT_NET_XDP_SOCK_DRV_H */
