/* probe netif_queue_set_napi() and netif_napi_set_irq(): upstream v6.8 (queue and NAPI association) */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev, struct napi_struct *napi);
void bp_probe(struct net_device *dev, struct napi_struct *napi)
{
	netif_queue_set_napi(dev, 0, NETDEV_QUEUE_TYPE_RX, napi);
	netif_napi_set_irq(napi, 1);
}
