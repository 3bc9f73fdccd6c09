/* struct net_device .netns_local: Linux 6.12, "net: convert NETIF_F_NETNS_LOCAL to dev->netns_local" */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev->netns_local = true;
}
