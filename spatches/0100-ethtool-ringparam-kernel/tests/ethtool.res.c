static int drv_set_ringparam_example(struct net_device *dev,
				     struct ethtool_ringparam *rp,
				     struct kernel_ethtool_ringparam *kernel_rp,
				     struct netlink_ext_ack *extack)
{
	if (rp->rx_mini_pending != 0)
		return -EINVAL;
	return 0;
}
#ifndef BPC_ETHTOOL_KERNEL_RINGPARAM
static int bp_drv_set_ringparam_example(struct net_device *dev,
					struct ethtool_ringparam *rp){
	return drv_set_ringparam_example(dev, rp, NULL, NULL);
}
#endif

static void drv_get_ringparam_example(struct net_device *dev,
				      struct ethtool_ringparam *rp,
				      struct kernel_ethtool_ringparam *kernel_rp,
				      struct netlink_ext_ack *extack)
{
	memset(rp, 0, sizeof(*rp));
}
#ifndef BPC_ETHTOOL_KERNEL_RINGPARAM
static void bp_drv_get_ringparam_example(struct net_device *dev,
					 struct ethtool_ringparam *rp){
	drv_get_ringparam_example(dev, rp, NULL, NULL);
}
#endif

const struct ethtool_ops drv_ethtool_ops = {
	.get_link = ethtool_op_get_link,
#ifdef BPC_ETHTOOL_KERNEL_RINGPARAM
	.get_ringparam = drv_get_ringparam_example,
#else
	.get_ringparam = bp_drv_get_ringparam_example,
#endif
	
#ifdef BPC_ETHTOOL_KERNEL_RINGPARAM
	.set_ringparam = drv_set_ringparam_example,
#else
	.set_ringparam = bp_drv_set_ringparam_example,
#endif

};
