/* netdev_tx_reset_subqueue(): newer than Linux 6.1 (BQL reset by queue index); Debian 6.12.117 has it, 6.1.0-57 not */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	netdev_tx_reset_subqueue(dev, 0);
}
