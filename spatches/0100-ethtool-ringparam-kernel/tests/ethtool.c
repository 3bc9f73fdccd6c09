static int drv_set_ringparam_example(struct net_device *dev,
				     struct ethtool_ringparam *rp,
				     struct kernel_ethtool_ringparam *kernel_rp,
				     struct netlink_ext_ack *extack)
{
	if (rp->rx_mini_pending != 0)
		return -EINVAL;
	return 0;
}

static void drv_get_ringparam_example(struct net_device *dev,
				      struct ethtool_ringparam *rp,
				      struct kernel_ethtool_ringparam *kernel_rp,
				      struct netlink_ext_ack *extack)
{
	memset(rp, 0, sizeof(*rp));
}

const struct ethtool_ops drv_ethtool_ops = {
	.get_link = ethtool_op_get_link,
	.get_ringparam = drv_get_ringparam_example,
	.set_ringparam = drv_set_ringparam_example,
};
