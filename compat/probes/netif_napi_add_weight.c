/* netif_napi_add() without weight + netif_napi_add_weight(): Linux 6.1, "net: drop the weight argument from netif_napi_add" */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev, struct napi_struct *napi, int (*poll)(struct napi_struct *, int));
void bp_probe(struct net_device *dev, struct napi_struct *napi, int (*poll)(struct napi_struct *, int))
{
	netif_napi_add(dev, napi, poll);
	netif_napi_add_weight(dev, napi, poll, 64);
}
