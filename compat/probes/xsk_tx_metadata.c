/* probe struct xsk_tx_metadata_ops (AF_XDP Tx metadata): upstream v6.8 */
#include <net/xdp_sock.h>

void bp_probe(const struct xsk_tx_metadata_ops *ops, void *priv);
void bp_probe(const struct xsk_tx_metadata_ops *ops, void *priv)
{
	ops->tmo_request_timestamp(priv);
}
