/* probe netif_threaded_enable(): newer than Linux 6.12 (threaded NAPI enabled by the driver) */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	netif_threaded_enable(dev);
}
