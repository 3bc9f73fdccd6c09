/* probe napi_enable_locked()/napi_disable_locked()/netif_napi_add_locked()/netif_napi_del_locked(): upstream v6.14/v6.15 (netdev instance-lock series) */
#include <linux/netdevice.h>

int bp_probe_poll(struct napi_struct *napi, int budget);
void bp_probe(struct net_device *dev, struct napi_struct *napi);
void bp_probe(struct net_device *dev, struct napi_struct *napi)
{
	netif_napi_add_locked(dev, napi, bp_probe_poll);
	napi_enable_locked(napi);
	napi_disable_locked(napi);
	netif_napi_del_locked(napi);
}
