// SPDX-License-Identifier: GPL-2.0
/* A driver whose callbacks read the kernel_ethtool_coalesce (CQE mode): NULL would crash
 * them, so the rule must leave both alone. */
#include <linux/netdevice.h>
#include <linux/ethtool.h>

static int foo_get_coalesce(struct net_device *dev, struct ethtool_coalesce *ec,
			    struct kernel_ethtool_coalesce *kernel_coal,
			    struct netlink_ext_ack *extack)
{
	ec->rx_coalesce_usecs = 8;
	kernel_coal->use_cqe_mode_rx = true;
	return 0;
}

static int foo_set_coalesce(struct net_device *dev, struct ethtool_coalesce *ec,
			    struct kernel_ethtool_coalesce *kernel_coal,
			    struct netlink_ext_ack *extack)
{
	if (kernel_coal->use_cqe_mode_rx && ec->rx_coalesce_usecs > 100) {
		NL_SET_ERR_MSG(extack, "too long");
		return -EINVAL;
	}
	return 0;
}

static const struct ethtool_ops foo_ethtool_ops = {
	.get_coalesce = foo_get_coalesce,
	.set_coalesce = foo_set_coalesce,
};
