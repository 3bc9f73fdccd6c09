/* probe ethtool_ops.get_ts_info(dev, struct kernel_ethtool_ts_info *): upstream v6.11, commit 2111375b85ad ("net: Add struct kernel_ethtool_ts_info") */
#include <linux/ethtool.h>

static int bp_ts(struct net_device *dev, struct kernel_ethtool_ts_info *info)
{
	return 0;
}

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_ts_info = bp_ts,
};
