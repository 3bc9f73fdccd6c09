/* probe netdev_lock()/netdev_unlock(): upstream v6.14 ("net: add netdev_lock() / netdev_unlock() helpers") */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	netdev_lock(dev);
	netdev_unlock(dev);
}
