/* probe netif_napi_add_config_locked(): upstream v6.15 (the NAPI list under the netdev instance lock) */
#include <linux/netdevice.h>

int bp_probe_poll(struct napi_struct *napi, int budget);
void bp_probe(struct net_device *dev, struct napi_struct *napi);
void bp_probe(struct net_device *dev, struct napi_struct *napi)
{
	netif_napi_add_config_locked(dev, napi, bp_probe_poll, 0);
}
