#ifndef BPC_NDO_HWTSTAMP
static int bp_igc_netdev_ops_eth_ioctl(struct net_device *dev,
				       struct ifreq *ifr, int cmd){
	if (cmd == SIOCGHWTSTAMP || cmd == SIOCSHWTSTAMP)
		return bp_ndo_hwtstamp_ioctl(dev, ifr, cmd,
					     igc_ptp_hwtstamp_get,
					     igc_ptp_hwtstamp_set);
	return -EOPNOTSUPP;
}
#endif

// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igc/igc_main.c (v7.2.13) */
static const struct net_device_ops igc_netdev_ops = {
	.ndo_open		= igc_open,
	.ndo_stop		= igc_close,
	.ndo_start_xmit		= igc_xmit_frame,
	.ndo_set_rx_mode	= igc_set_rx_mode,
	.ndo_set_mac_address	= igc_set_mac,
	.ndo_change_mtu		= igc_change_mtu,
	.ndo_tx_timeout		= igc_tx_timeout,
	.ndo_get_stats64	= igc_get_stats64,
	.ndo_fix_features	= igc_fix_features,
	.ndo_set_features	= igc_set_features,
	.ndo_features_check	= igc_features_check,
	.ndo_setup_tc		= igc_setup_tc,
	.ndo_bpf		= igc_bpf,
	.ndo_xdp_xmit		= igc_xdp_xmit,
	.ndo_xsk_wakeup		= igc_xsk_wakeup,
	.ndo_get_tstamp		= igc_get_tstamp,
#ifdef BPC_NDO_HWTSTAMP
	.ndo_hwtstamp_get = igc_ptp_hwtstamp_get,
	.ndo_hwtstamp_set = igc_ptp_hwtstamp_set,
#elif defined(BPC_NDO_ETH_IOCTL)
	.ndo_eth_ioctl = bp_igc_netdev_ops_eth_ioctl,
#else
	.ndo_do_ioctl = bp_igc_netdev_ops_eth_ioctl,
#endif
};
