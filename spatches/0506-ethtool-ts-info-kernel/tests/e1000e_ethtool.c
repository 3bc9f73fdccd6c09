// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/e1000e/ethtool.c (v7.2.13) */
static int e1000e_get_ts_info(struct net_device *netdev,
			      struct kernel_ethtool_ts_info *info)
{
	return 0;
}

static const struct ethtool_ops e1000_ethtool_ops = {
	.get_drvinfo		= e1000_get_drvinfo,
	.get_ts_info		= e1000e_get_ts_info,
};

/* the generic helper is not defined here: left alone */
static const struct ethtool_ops plain_ops = {
	.get_ts_info		= ethtool_op_get_ts_info,
};
