/* probe ethtool_mmsv_init() (MAC Merge software verification library): upstream v6.14 ("net: ethtool: mm: extract stmmac verification logic into common library") */
#include <linux/ethtool.h>

void bp_probe(struct ethtool_mmsv *mmsv, struct net_device *dev, const struct ethtool_mmsv_ops *ops);
void bp_probe(struct ethtool_mmsv *mmsv, struct net_device *dev, const struct ethtool_mmsv_ops *ops)
{
	ethtool_mmsv_init(mmsv, dev, ops);
}
