/* probe netif_set_affinity_auto() and struct napi_config.affinity_mask: upstream v6.15 ("net: napi: add CPU affinity to napi_config", core-managed IRQ affinity of NAPI instances) [export:netif_set_affinity_auto] */
#include <linux/netdevice.h>

const struct cpumask *bp_probe(struct net_device *dev, struct napi_struct *napi);
const struct cpumask *bp_probe(struct net_device *dev, struct napi_struct *napi)
{
	netif_set_affinity_auto(dev);
	return &napi->config->affinity_mask;
}
