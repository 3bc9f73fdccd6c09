/* netif_napi_add_tx(): Linux 5.19 (netif_tx_napi_add() with a weight before) */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev, struct napi_struct *napi, int (*poll)(struct napi_struct *, int));
void bp_probe(struct net_device *dev, struct napi_struct *napi, int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_tx(dev, napi, poll);
}
