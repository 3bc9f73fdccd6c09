// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igb/igb_ethtool.c (v7.2.13) */
static int igb_get_rxfh_fields(struct net_device *dev,
			       struct ethtool_rxfh_fields *cmd)
{
	return 0;
}

static int igb_get_rxnfc(struct net_device *dev, struct ethtool_rxnfc *cmd,
			 u32 *rule_locs)
{
	return 0;
}

static int igb_set_rxfh_fields(struct net_device *dev,
			       const struct ethtool_rxfh_fields *nfc,
			       struct netlink_ext_ack *extack)
{
	return 0;
}

static int igb_set_rxnfc(struct net_device *dev, struct ethtool_rxnfc *cmd)
{
	return 0;
}

static const struct ethtool_ops igb_ethtool_ops = {
	.get_rxnfc		= igb_get_rxnfc,
	.set_rxnfc		= igb_set_rxnfc,
	.get_rxfh_fields	= igb_get_rxfh_fields,
	.set_rxfh_fields	= igb_set_rxfh_fields,
};
