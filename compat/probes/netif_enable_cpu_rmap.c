/* probe netif_enable_cpu_rmap(): upstream v6.15 (core-managed aRFS cpu_rmap) */
#include <linux/netdevice.h>

int bp_probe(struct net_device *dev);
int bp_probe(struct net_device *dev)
{
	return netif_enable_cpu_rmap(dev, 4);
}
