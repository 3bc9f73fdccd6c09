/* struct net_device .lltx: upstream v6.12, commit 00d066a4d4ed ("netdev_features: convert NETIF_F_LLTX to dev->lltx") */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev->lltx = true;
}
