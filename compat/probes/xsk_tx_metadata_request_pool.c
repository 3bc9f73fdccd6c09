/* probe xsk_tx_metadata_request(pool, &meta, ops, priv) in <net/xdp_sock_drv.h>: newer than Linux 6.12 (Debian's 6.12.117 and older: (meta, ops, priv) in <net/xdp_sock.h>) */
#include <net/xdp_sock_drv.h>

void bp_probe(struct xsk_buff_pool *pool, struct xsk_tx_metadata **meta,
	      const struct xsk_tx_metadata_ops *ops, void *priv);
void bp_probe(struct xsk_buff_pool *pool, struct xsk_tx_metadata **meta,
	      const struct xsk_tx_metadata_ops *ops, void *priv)
{
	xsk_tx_metadata_request(pool, meta, ops, priv);
}
