/* probe netif_napi_add_config(): upstream v6.13 (NAPI with a persistent per-index config) */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev, struct napi_struct *napi, int (*poll)(struct napi_struct *, int));
void bp_probe(struct net_device *dev, struct napi_struct *napi, int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_config(dev, napi, poll, 0);
}
