// SPDX-License-Identifier: GPL-2.0
/* Trimmed from v7.2.13 drivers/net/ethernet/intel/e1000e/ethtool.c: callbacks that ignore
 * the kernel_ethtool_coalesce and extack arguments. */
#include "e1000.h"

static int e1000_get_coalesce(struct net_device *netdev,
			      struct ethtool_coalesce *ec,
			      struct kernel_ethtool_coalesce *kernel_coal,
			      struct netlink_ext_ack *extack)
{
	struct e1000_adapter *adapter = netdev_priv(netdev);

	if (adapter->itr_setting <= 4)
		ec->rx_coalesce_usecs = adapter->itr_setting;
	else
		ec->rx_coalesce_usecs = 1000000 / adapter->itr_setting;

	return 0;
}

static int e1000_set_coalesce(struct net_device *netdev,
			      struct ethtool_coalesce *ec,
			      struct kernel_ethtool_coalesce *kernel_coal,
			      struct netlink_ext_ack *extack)
{
	struct e1000_adapter *adapter = netdev_priv(netdev);

	if ((ec->rx_coalesce_usecs > E1000_MAX_ITR_USECS) ||
	    ((ec->rx_coalesce_usecs > 4) &&
	     (ec->rx_coalesce_usecs < E1000_MIN_ITR_USECS)) ||
	    (ec->rx_coalesce_usecs == 2))
		return -EINVAL;

	if (ec->rx_coalesce_usecs == 4) {
		adapter->itr_setting = 4;
		adapter->itr = adapter->itr_setting;
	} else if (ec->rx_coalesce_usecs <= 3) {
		adapter->itr = 20000;
		adapter->itr_setting = ec->rx_coalesce_usecs;
	} else {
		adapter->itr = (1000000 / ec->rx_coalesce_usecs);
		adapter->itr_setting = adapter->itr & ~3;
	}

	if (adapter->itr_setting != 0)
		e1000e_write_itr(adapter, adapter->itr);
	else
		e1000e_write_itr(adapter, 0);

	return 0;
}


#ifdef BPC_ETHTOOL_KERNEL_COALESCE
#define bp_e1000_ethtool_ops_get_coalesce e1000_get_coalesce
#else
static int bp_e1000_ethtool_ops_get_coalesce(struct net_device *dev, struct ethtool_coalesce *ec){
	return e1000_get_coalesce(dev, ec, NULL, NULL);
}
#endif

#ifdef BPC_ETHTOOL_KERNEL_COALESCE
#define bp_e1000_ethtool_ops_set_coalesce e1000_set_coalesce
#else
static int bp_e1000_ethtool_ops_set_coalesce(struct net_device *dev, struct ethtool_coalesce *ec){
	return e1000_set_coalesce(dev, ec, NULL, NULL);
}
#endif

static const struct ethtool_ops e1000_ethtool_ops = {
	.supported_coalesce_params = ETHTOOL_COALESCE_RX_USECS,
	.get_coalesce = bp_e1000_ethtool_ops_get_coalesce,
	.set_coalesce = bp_e1000_ethtool_ops_set_coalesce,
};
