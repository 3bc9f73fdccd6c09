/* probe ethtool_ops.get_coalesce taking struct kernel_ethtool_coalesce and extack: upstream v5.15, commit f3ccfda19319 ("ethtool: extend coalesce setting uAPI with CQE mode") */
#include <linux/ethtool.h>

static int bp_probe_get(struct net_device *dev, struct ethtool_coalesce *ec,
			struct kernel_ethtool_coalesce *kec, struct netlink_ext_ack *extack)
{
	return 0;
}

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_coalesce = bp_probe_get,
};
