/* probe xdp_set_features_flag_locked(), xdp_features_set/clear_redirect_target_locked(): upstream v6.15 (callers holding the instance lock) */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	xdp_set_features_flag_locked(dev, NETDEV_XDP_ACT_BASIC);
	xdp_features_set_redirect_target_locked(dev, false);
	xdp_features_clear_redirect_target_locked(dev);
}
