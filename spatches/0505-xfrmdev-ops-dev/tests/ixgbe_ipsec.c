// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/ixgbe/ixgbe_ipsec.c (v7.2.13) */
static int ixgbe_ipsec_add_sa(struct net_device *dev,
			      struct xfrm_state *xs,
			      struct netlink_ext_ack *extack)
{
	return 0;
}

static void ixgbe_ipsec_del_sa(struct net_device *dev, struct xfrm_state *xs)
{
	struct ixgbe_adapter *adapter = ixgbe_from_netdev(dev);
}

static const struct xfrmdev_ops ixgbe_xfrmdev_ops = {
	.xdo_dev_state_add = ixgbe_ipsec_add_sa,
	.xdo_dev_state_delete = ixgbe_ipsec_del_sa,
};
