/* probe netif_set_real_num_queues(): upstream v5.14 ("net: add netif_set_real_num_queues() for device reconfig") */
#include <linux/netdevice.h>

int bp_probe(struct net_device *dev);
int bp_probe(struct net_device *dev)
{
	return netif_set_real_num_queues(dev, 1, 1);
}
