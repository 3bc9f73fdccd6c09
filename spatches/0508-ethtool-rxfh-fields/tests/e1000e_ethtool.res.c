// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/e1000e/ethtool.c (v7.2.13) */
static int e1000_get_rxfh_fields(struct net_device *netdev,
				 struct ethtool_rxfh_fields *info)
{
	return 0;
}

#ifndef BPC_ETHTOOL_RXFH_FIELDS
static int bp_e1000_ethtool_ops_get_rxnfc_fields(struct net_device *dev,
						 struct ethtool_rxnfc *cmd,
						 u32 *rule_locs){
	if (cmd->cmd == ETHTOOL_GRXFH)
		return bp_ethtool_grxfh_by_fields(dev, cmd,
						  e1000_get_rxfh_fields);
	return -EOPNOTSUPP;
}
#endif

static const struct ethtool_ops e1000_ethtool_ops = {
	.get_drvinfo		= e1000_get_drvinfo,
#ifdef BPC_ETHTOOL_RXFH_FIELDS
	.get_rxfh_fields = e1000_get_rxfh_fields,
#else
	.get_rxnfc = bp_e1000_ethtool_ops_get_rxnfc_fields,
#endif
	.get_ts_info		= e1000e_get_ts_info,
};
