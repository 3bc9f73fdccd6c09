/* probe ethtool_ops.get_rxfh(dev, struct ethtool_rxfh_param *): upstream v6.8 */
#include <linux/ethtool.h>

static int bp_get(struct net_device *dev, struct ethtool_rxfh_param *rxfh)
{
	return 0;
}

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_rxfh = bp_get,
};
