/* probe netif_set_tso_max_size()/netif_set_tso_max_segs(): upstream v5.19 ("net: add netif_set_tso_max_size()") */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	netif_set_tso_max_size(dev, 65536);
	netif_set_tso_max_segs(dev, 64);
}
