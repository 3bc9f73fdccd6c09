// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/e1000e/ethtool.c (v7.2.13) */
static int e1000e_get_ts_info(struct net_device *netdev,
			      struct kernel_ethtool_ts_info *info)
{
	return 0;
}

#ifdef BPC_KERNEL_ETHTOOL_TS_INFO
#define bp_e1000_ethtool_ops_get_ts_info e1000e_get_ts_info
#else
static int bp_e1000_ethtool_ops_get_ts_info(struct net_device *dev, struct ethtool_ts_info *info){
	struct kernel_ethtool_ts_info kinfo = {
		.cmd = info->cmd,
		.so_timestamping = info->so_timestamping,
		.phc_index = info->phc_index,
	};
	int ret = e1000e_get_ts_info(dev, &kinfo);

	info->so_timestamping = kinfo.so_timestamping;
	info->phc_index = kinfo.phc_index;
	info->tx_types = kinfo.tx_types;
	info->rx_filters = kinfo.rx_filters;
	return ret;
}
#endif

static const struct ethtool_ops e1000_ethtool_ops = {
	.get_drvinfo		= e1000_get_drvinfo,
	.get_ts_info		= bp_e1000_ethtool_ops_get_ts_info,
};

/* the generic helper is not defined here: left alone */
static const struct ethtool_ops plain_ops = {
	.get_ts_info		= ethtool_op_get_ts_info,
};
