// SPDX-License-Identifier: GPL-2.0
/* Trimmed from drivers/net/ethernet/intel/ixgbe/ixgbe_ethtool.c and ixgbe_main.c (v7.2.13) */
static int ixgbe_validate_keee(struct net_device *netdev,
			       struct ethtool_keee *keee_requested)
{
	struct ixgbe_adapter *adapter = ixgbe_from_netdev(netdev);
	struct ethtool_keee keee_stored = {};
	int err;

	if (!(adapter->flags2 & IXGBE_FLAG2_EEE_CAPABLE))
		return -EOPNOTSUPP;

	err = netdev->ethtool_ops->get_eee(netdev, &keee_stored);
	if (err)
		return err;

	return 0;
}

static void ixgbe_watchdog_link_is_up(struct ixgbe_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	struct ethtool_keee keee;

	netdev->ethtool_ops->get_eee(netdev, &keee);
}
