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

#if defined(BPC_XDO_DEV_STATE_DEV)
#define bp_ixgbe_xfrmdev_ops_state_add ixgbe_ipsec_add_sa
#elif defined(BPC_XDO_DEV_STATE_ADD_EXTACK)
static int bp_ixgbe_xfrmdev_ops_state_add(struct xfrm_state *xs, struct netlink_ext_ack *extack){
	return ixgbe_ipsec_add_sa(xs->xso.real_dev, xs, extack);
}
#else
static int bp_ixgbe_xfrmdev_ops_state_add(struct xfrm_state *xs){
	return ixgbe_ipsec_add_sa(xs->xso.real_dev, xs, NULL);
}
#endif

#ifdef BPC_XDO_DEV_STATE_DEV
#define bp_ixgbe_xfrmdev_ops_state_delete ixgbe_ipsec_del_sa
#else
static void bp_ixgbe_xfrmdev_ops_state_delete(struct xfrm_state *xs){
	ixgbe_ipsec_del_sa(xs->xso.real_dev, xs);
}
#endif

static const struct xfrmdev_ops ixgbe_xfrmdev_ops = {
	.xdo_dev_state_add = bp_ixgbe_xfrmdev_ops_state_add,
	.xdo_dev_state_delete = bp_ixgbe_xfrmdev_ops_state_delete,
};
