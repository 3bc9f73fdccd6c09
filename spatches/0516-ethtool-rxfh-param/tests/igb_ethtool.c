// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igb/igb_ethtool.c (v7.2.13) */
static int igb_get_rxfh(struct net_device *netdev,
			struct ethtool_rxfh_param *rxfh)
{
	struct igb_adapter *adapter = netdev_priv(netdev);
	return 0;
}

static int igb_set_rxfh(struct net_device *netdev,
			struct ethtool_rxfh_param *rxfh,
			struct netlink_ext_ack *extack)
{
	return 0;
}

static const struct ethtool_ops igb_ethtool_ops = {
	.get_rxfh_indir_size	= igb_get_rxfh_indir_size,
	.get_rxfh		= igb_get_rxfh,
	.set_rxfh		= igb_set_rxfh,
};
