/* probe net_device.xdp_features and xdp_features_set_redirect_target(): upstream v6.3 */
#include <linux/netdevice.h>
#include <net/xdp.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev->xdp_features = NETDEV_XDP_ACT_BASIC;
	xdp_features_set_redirect_target(dev, true);
}
