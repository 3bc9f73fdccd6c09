// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/e1000e/netdev.c (v7.2.13) */
static int e1000_ioctl(struct net_device *netdev, struct ifreq *ifr, int cmd)
{
	return 0;
}

static int e1000e_hwtstamp_set(struct net_device *netdev,
			       struct kernel_hwtstamp_config *config,
			       struct netlink_ext_ack *extack)
{
	return 0;
}

static int e1000e_hwtstamp_get(struct net_device *netdev,
			       struct kernel_hwtstamp_config *kernel_config)
{
	return 0;
}

#ifdef BPC_NDO_HWTSTAMP
#define bp_e1000e_netdev_ops_eth_ioctl e1000_ioctl
#else
static int bp_e1000e_netdev_ops_eth_ioctl(struct net_device *dev, struct ifreq *ifr, int cmd){
	if (cmd == SIOCGHWTSTAMP || cmd == SIOCSHWTSTAMP)
		return bp_ndo_hwtstamp_ioctl(dev, ifr, cmd, e1000e_hwtstamp_get, e1000e_hwtstamp_set);
	return e1000_ioctl(dev, ifr, cmd);
}
#endif

static const struct net_device_ops e1000e_netdev_ops = {
	.ndo_open		= e1000e_open,
	.ndo_stop		= e1000e_close,
	.ndo_start_xmit		= e1000_xmit_frame,
	.ndo_get_stats64	= e1000e_get_stats64,
	.ndo_set_rx_mode	= e1000e_set_rx_mode,
	.ndo_set_mac_address	= e1000_set_mac,
	.ndo_change_mtu		= e1000_change_mtu,
	.ndo_eth_ioctl		= bp_e1000e_netdev_ops_eth_ioctl,
	.ndo_tx_timeout		= e1000_tx_timeout,
	.ndo_validate_addr	= eth_validate_addr,

	.ndo_vlan_rx_add_vid	= e1000_vlan_rx_add_vid,
	.ndo_vlan_rx_kill_vid	= e1000_vlan_rx_kill_vid,
#ifdef CONFIG_NET_POLL_CONTROLLER
	.ndo_poll_controller	= e1000_netpoll,
#endif
	.ndo_set_features	= e1000_set_features,
	.ndo_fix_features	= e1000_fix_features,
	.ndo_features_check	= passthru_features_check,
#ifdef BPC_NDO_HWTSTAMP
	.ndo_hwtstamp_get = e1000e_hwtstamp_get,
	.ndo_hwtstamp_set = e1000e_hwtstamp_set,
#endif
};
