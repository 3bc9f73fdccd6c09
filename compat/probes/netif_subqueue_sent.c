/* probe netif_subqueue_sent(): newer than Linux 6.12 (BQL accounting of a subqueue by index) */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

void bp_probe(const struct net_device *dev, unsigned int bytes);
void bp_probe(const struct net_device *dev, unsigned int bytes)
{
	netif_subqueue_sent(dev, 0, bytes);
}
