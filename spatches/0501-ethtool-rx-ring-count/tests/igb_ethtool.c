// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igb/igb_ethtool.c (v7.2.13) */
static u32 igb_get_rx_ring_count(struct net_device *dev)
{
	struct igb_adapter *adapter = netdev_priv(dev);

	return adapter->num_rx_queues;
}

static int igb_get_rxnfc(struct net_device *dev, struct ethtool_rxnfc *cmd,
			 u32 *rule_locs)
{
	struct igb_adapter *adapter = netdev_priv(dev);
	int ret = -EOPNOTSUPP;

	switch (cmd->cmd) {
	case ETHTOOL_GRXCLSRLCNT:
		cmd->rule_cnt = adapter->nfc_filter_count;
		ret = 0;
		break;
	case ETHTOOL_GRXCLSRULE:
		ret = igb_get_ethtool_nfc_entry(adapter, cmd);
		break;
	case ETHTOOL_GRXCLSRLALL:
		ret = igb_get_ethtool_nfc_all(adapter, cmd, rule_locs);
		break;
	default:
		break;
	}

	return ret;
}


static const struct ethtool_ops igb_ethtool_ops = {
	.supported_coalesce_params = ETHTOOL_COALESCE_USECS,
	.get_drvinfo		= igb_get_drvinfo,
	.get_regs_len		= igb_get_regs_len,
	.get_regs		= igb_get_regs,
	.get_wol		= igb_get_wol,
	.set_wol		= igb_set_wol,
	.get_msglevel		= igb_get_msglevel,
	.get_rxnfc		= igb_get_rxnfc,
	.set_rxnfc		= igb_set_rxnfc,
	.get_rx_ring_count	= igb_get_rx_ring_count,
};

/* no get_rx_ring_count: untouched */
static const struct ethtool_ops other_ops = {
	.get_rxnfc		= other_get_rxnfc,
};

/* a second ops sharing the callbacks (ixgbe: ixgbe_ethtool_ops_e610) */
static const struct ethtool_ops igb_ethtool_ops_2 = {
	.get_rxnfc		= igb_get_rxnfc,
	.get_rx_ring_count	= igb_get_rx_ring_count,
};
