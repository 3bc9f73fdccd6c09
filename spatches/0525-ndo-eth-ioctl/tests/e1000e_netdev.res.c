// SPDX-License-Identifier: GPL-2.0
/* Trimmed from drivers/net/ethernet/intel/e1000e/netdev.c (v7.2.13) */
static const struct net_device_ops e1000e_netdev_ops = {
	.ndo_open		= e1000e_open,
	.ndo_stop		= e1000e_close,
	.ndo_start_xmit		= e1000_xmit_frame,
	.ndo_get_stats64	= e1000e_get_stats64,
	.ndo_set_rx_mode	= e1000e_set_rx_mode,
	.ndo_set_mac_address	= e1000_set_mac,
	.ndo_change_mtu		= e1000_change_mtu,
#ifdef BPC_NDO_ETH_IOCTL
	.ndo_eth_ioctl = e1000_ioctl,
#else
	.ndo_do_ioctl = e1000_ioctl,
#endif
	.ndo_tx_timeout		= e1000_tx_timeout,
	.ndo_validate_addr	= eth_validate_addr,
};
