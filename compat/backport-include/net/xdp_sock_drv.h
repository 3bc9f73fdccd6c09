/* <net/xdp_sock_drv.h> */
#ifndef __BACKPORT_NET_XDP_SOCK_DRV_H
#define __BACKPORT_NET_XDP_SOCK_DRV_H
#include_next <net/xdp_sock_drv.h>

/* xsk_tx_metadata_request(pool, &meta, ops, priv): newer than Linux 6.12 (validates the metadata against
 * the pool and clears *meta when no completion timestamp is wanted); probe
 * xsk_tx_metadata_request_pool.  v6.8-v6.x have xsk_tx_metadata_request(meta, ops, priv),
 * whose metadata xsk_buff_get_metadata() already validated.  The inline is defined before
 * the macro, so its body calls the kernel's three-argument form. */
#ifndef BPC_XSK_TX_METADATA_REQUEST_POOL
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

#endif /* __BACKPORT_NET_XDP_SOCK_DRV_H */
