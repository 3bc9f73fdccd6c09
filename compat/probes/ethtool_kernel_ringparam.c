/* ethtool_ops .get_ringparam with struct kernel_ethtool_ringparam: Linux 5.17 (74624944f9e0) */
#pragma GCC diagnostic error "-Wincompatible-pointer-types"
#include <linux/ethtool.h>

static void bp_probe_get(struct net_device *dev, struct ethtool_ringparam *rp,
			 struct kernel_ethtool_ringparam *krp,
			 struct netlink_ext_ack *ack)
{
}

const struct ethtool_ops bp_probe_ops = {
	.get_ringparam = bp_probe_get,
};
