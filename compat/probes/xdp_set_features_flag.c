/* xdp_set_features_flag()/xdp_clear_features_flag(): upstream v6.3, commit 66c0e13ad236 ("drivers: net: turn on XDP features") series */
#include <linux/netdevice.h>
#include <net/xdp.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	xdp_set_features_flag(dev, 0);
	xdp_clear_features_flag(dev);
}
