// SPDX-License-Identifier: GPL-2.0
/* Trimmed from drivers/net/ethernet/intel/ixgbe/ixgbe_ethtool.c (v7.2.13) */
#ifdef BPC_ETHTOOL_LINK_EXT_STATS
static void ixgbe_get_link_ext_stats(struct net_device *netdev,
				     struct ethtool_link_ext_stats *stats)
{
	struct ixgbe_adapter *adapter = ixgbe_from_netdev(netdev);

	stats->link_down_events = adapter->link_down_events;
}
#endif

static int ixgbe_get_eeprom_len(struct net_device *netdev)
{
	struct ixgbe_adapter *adapter = ixgbe_from_netdev(netdev);
	return adapter->hw.eeprom.word_size * 2;
}

static const struct ethtool_ops ixgbe_ethtool_ops = {
	.get_drvinfo		= ixgbe_get_drvinfo,
	.get_link		= ethtool_op_get_link,
#ifdef BPC_ETHTOOL_LINK_EXT_STATS
	.get_link_ext_stats = ixgbe_get_link_ext_stats,
#endif
	.get_eeprom_len		= ixgbe_get_eeprom_len,
};

static const struct ethtool_ops ixgbe_ethtool_ops_e610 = {
	.get_drvinfo		= ixgbe_get_drvinfo,
#ifdef BPC_ETHTOOL_LINK_EXT_STATS
	.get_link_ext_stats = ixgbe_get_link_ext_stats,
#endif
	.get_eeprom_len		= ixgbe_get_eeprom_len,
};
