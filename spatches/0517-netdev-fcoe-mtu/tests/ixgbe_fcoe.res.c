// SPDX-License-Identifier: GPL-2.0
/* Trimmed from drivers/net/ethernet/intel/ixgbe/ixgbe_fcoe.c and ixgbe_main.c (v7.2.13) */
int ixgbe_fcoe_enable(struct net_device *netdev)
{
	struct ixgbe_adapter *adapter = ixgbe_from_netdev(netdev);

	/* enable FCoE and notify stack */
	adapter->flags |= IXGBE_FLAG_FCOE_ENABLED;
	bp_netdev_set_fcoe_mtu(netdev, true);
	netdev_features_change(netdev);

	return 0;
}

int ixgbe_fcoe_disable(struct net_device *netdev)
{
	struct ixgbe_adapter *adapter = ixgbe_from_netdev(netdev);

	/* disable FCoE and notify stack */
	adapter->flags &= ~IXGBE_FLAG_FCOE_ENABLED;
	bp_netdev_set_fcoe_mtu(netdev, false);

	netdev_features_change(netdev);
	return 0;
}

static void ixgbe_configure_rx_ring(struct ixgbe_adapter *adapter, struct net_device *dev, int tc)
{
	if (bp_netdev_fcoe_mtu(adapter->netdev))
		tc = 1;
	if (bp_netdev_fcoe_mtu(dev) && tc < IXGBE_FCOE_JUMBO_FRAME_SIZE &&
	    tc > 0)
		tc = IXGBE_FCOE_JUMBO_FRAME_SIZE;
}
