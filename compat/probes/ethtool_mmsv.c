/* probe ethtool_mmsv_init() (MAC Merge software verification library): upstream v6.14 (the stmmac verification state machine made common) */
#include <linux/ethtool.h>

void bp_probe(struct ethtool_mmsv *mmsv, struct net_device *dev, const struct ethtool_mmsv_ops *ops);
void bp_probe(struct ethtool_mmsv *mmsv, struct net_device *dev, const struct ethtool_mmsv_ops *ops)
{
	ethtool_mmsv_init(mmsv, dev, ops);
}
