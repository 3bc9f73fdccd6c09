// SPDX-License-Identifier: GPL-2.0
/* A driver whose callbacks read the new arguments: NULL would crash them, so the rule
 * must leave both alone. */
#include <linux/netdevice.h>
#include <linux/ethtool.h>

static void foo_get_ringparam(struct net_device *dev, struct ethtool_ringparam *rp,
			      struct kernel_ethtool_ringparam *kernel_rp,
			      struct netlink_ext_ack *extack)
{
	rp->rx_pending = 256;
	kernel_rp->rx_buf_len = 2048;
}

static int foo_set_ringparam(struct net_device *dev, struct ethtool_ringparam *rp,
			     struct kernel_ethtool_ringparam *kernel_rp,
			     struct netlink_ext_ack *extack)
{
	if (rp->rx_pending > 4096) {
		NL_SET_ERR_MSG(extack, "too many");
		return -EINVAL;
	}
	return 0;
}

static const struct ethtool_ops foo_ethtool_ops = {
	.get_ringparam = foo_get_ringparam,
	.set_ringparam = foo_set_ringparam,
};
