// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/e1000e/ethtool.c (v7.2.13) */
static int e1000_get_rxfh_fields(struct net_device *netdev,
				 struct ethtool_rxfh_fields *info)
{
	return 0;
}

static const struct ethtool_ops e1000_ethtool_ops = {
	.get_drvinfo		= e1000_get_drvinfo,
	.get_rxfh_fields	= e1000_get_rxfh_fields,
	.get_ts_info		= e1000e_get_ts_info,
};
