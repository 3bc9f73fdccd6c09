/* probe xdp_rxq_info_reg(rxq, dev, queue, napi_id): upstream v5.11 ("xsk: Propagate napi_id to XDP socket Rx path") */
#include <net/xdp.h>

int bp_probe(struct xdp_rxq_info *rxq, struct net_device *dev);
int bp_probe(struct xdp_rxq_info *rxq, struct net_device *dev)
{
	return xdp_rxq_info_reg(rxq, dev, 0, 0);
}
