/* struct net_device .netns_immutable: Linux 6.15, "net: rename netns_local to netns_immutable" */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev->netns_immutable = true;
}
