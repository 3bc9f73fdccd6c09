// SPDX-License-Identifier: (GPL-2.0-or-later OR BSD-3-Clause)
/* trimmed from drivers/net/ethernet/amd/xgbe/xgbe-ethtool.c (v7.2.13): ops without .get_rxnfc */
static u32 xgbe_get_rx_ring_count(struct net_device *netdev)
{
	struct xgbe_prv_data *pdata = netdev_priv(netdev);

	return pdata->rx_ring_count;
}

static const struct ethtool_ops xgbe_ethtool_ops = {
	.get_drvinfo = xgbe_get_drvinfo,
	.get_sset_count = xgbe_get_sset_count,
	.get_rx_ring_count = xgbe_get_rx_ring_count,
	.get_rxfh_key_size = xgbe_get_rxfh_key_size,
	.get_rxfh = xgbe_get_rxfh,
	.set_rxfh = xgbe_set_rxfh,
	.self_test = xgbe_selftest_run,
};

const struct ethtool_ops *xgbe_get_ethtool_ops(void)
{
	return &xgbe_ethtool_ops;
}
