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

#ifdef BPC_ETHTOOL_RXFH_FIELDS
#define bp_igb_ethtool_ops_get_rxnfc_fields igb_get_rxnfc
#else
static int bp_igb_ethtool_ops_get_rxnfc_fields(struct net_device *dev, struct ethtool_rxnfc *cmd, u32 *rule_locs){
	if (cmd->cmd == ETHTOOL_GRXFH)
		return bp_ethtool_grxfh_by_fields(dev, cmd, igb_get_rxfh_fields);
	return igb_get_rxnfc(dev, cmd, rule_locs);
}
#endif

#ifdef BPC_ETHTOOL_RXFH_FIELDS
#define bp_igb_ethtool_ops_set_rxnfc_fields igb_set_rxnfc
#else
static int bp_igb_ethtool_ops_set_rxnfc_fields(struct net_device *dev, struct ethtool_rxnfc *cmd){
	if (cmd->cmd == ETHTOOL_SRXFH)
		return bp_ethtool_srxfh_by_fields(dev, cmd, igb_set_rxfh_fields);
	return igb_set_rxnfc(dev, cmd);
}
#endif

static const struct ethtool_ops igb_ethtool_ops = {
	.get_rxnfc		= bp_igb_ethtool_ops_get_rxnfc_fields,
	.set_rxnfc		= bp_igb_ethtool_ops_set_rxnfc_fields,
#ifdef BPC_ETHTOOL_RXFH_FIELDS
	.get_rxfh_fields = igb_get_rxfh_fields,
#endif
#ifdef BPC_ETHTOOL_RXFH_FIELDS
	.set_rxfh_fields = igb_set_rxfh_fields,
#endif
};
