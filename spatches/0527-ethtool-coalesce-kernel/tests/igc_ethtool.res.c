// SPDX-License-Identifier: GPL-2.0
/* Trimmed from v7.2.13 drivers/net/ethernet/intel/igc/igc_ethtool.c: set_coalesce reports
 * errors through extack (NULL-safe, NULL on the ioctl path), neither reads the
 * kernel_ethtool_coalesce: both are wrapped. */
#include "igc.h"

static int igc_ethtool_get_coalesce(struct net_device *netdev,
				    struct ethtool_coalesce *ec,
				    struct kernel_ethtool_coalesce *kernel_coal,
				    struct netlink_ext_ack *extack)
{
	struct igc_adapter *adapter = netdev_priv(netdev);

	ec->rx_coalesce_usecs = igc_ethtool_get_previous_rx_coalesce(adapter);
	ec->tx_coalesce_usecs = igc_ethtool_get_previous_tx_coalesce(adapter);

	return 0;
}

static int igc_ethtool_set_coalesce(struct net_device *netdev,
				    struct ethtool_coalesce *ec,
				    struct kernel_ethtool_coalesce *kernel_coal,
				    struct netlink_ext_ack *extack)
{
	struct igc_adapter *adapter = netdev_priv(netdev);
	int i;

	if (ec->rx_coalesce_usecs > IGC_MAX_ITR_USECS ||
	    (ec->rx_coalesce_usecs > 3 &&
	     ec->rx_coalesce_usecs < IGC_MIN_ITR_USECS) ||
	    ec->rx_coalesce_usecs == 2)
		return -EINVAL;

	if (ec->tx_coalesce_usecs > IGC_MAX_ITR_USECS ||
	    (ec->tx_coalesce_usecs > 3 &&
	     ec->tx_coalesce_usecs < IGC_MIN_ITR_USECS) ||
	    ec->tx_coalesce_usecs == 2)
		return -EINVAL;

	if ((adapter->flags & IGC_FLAG_QUEUE_PAIRS) &&
	    ec->tx_coalesce_usecs != igc_ethtool_get_previous_tx_coalesce(adapter)) {
		NL_SET_ERR_MSG_MOD(extack,
				   "Queue Pair mode enabled, both Rx and Tx coalescing controlled by rx-usecs");
		return -EINVAL;
	}

	/* If ITR is disabled, disable DMAC */
	if (ec->rx_coalesce_usecs == 0) {
		if (adapter->flags & IGC_FLAG_DMAC)
			adapter->flags &= ~IGC_FLAG_DMAC;
	}

	/* convert to rate of irq's per second */
	if (ec->rx_coalesce_usecs && ec->rx_coalesce_usecs <= 3)
		adapter->rx_itr_setting = ec->rx_coalesce_usecs;
	else
		adapter->rx_itr_setting = ec->rx_coalesce_usecs << 2;

	/* convert to rate of irq's per second */
	if (adapter->flags & IGC_FLAG_QUEUE_PAIRS)
		adapter->tx_itr_setting = adapter->rx_itr_setting;
	else if (ec->tx_coalesce_usecs && ec->tx_coalesce_usecs <= 3)
		adapter->tx_itr_setting = ec->tx_coalesce_usecs;
	else
		adapter->tx_itr_setting = ec->tx_coalesce_usecs << 2;

	for (i = 0; i < adapter->num_q_vectors; i++) {
		struct igc_q_vector *q_vector = adapter->q_vector[i];

		q_vector->tx.work_limit = adapter->tx_work_limit;
		if (q_vector->rx.ring)
			q_vector->itr_val = adapter->rx_itr_setting;
		else
			q_vector->itr_val = adapter->tx_itr_setting;
		if (q_vector->itr_val && q_vector->itr_val <= 3)
			q_vector->itr_val = IGC_START_ITR;
		q_vector->set_itr = 1;
	}

	return 0;
}

#ifdef BPC_ETHTOOL_KERNEL_COALESCE
#define bp_igc_ethtool_ops_get_coalesce igc_ethtool_get_coalesce
#else
static int bp_igc_ethtool_ops_get_coalesce(struct net_device *dev, struct ethtool_coalesce *ec){
	return igc_ethtool_get_coalesce(dev, ec, NULL, NULL);
}
#endif

#ifdef BPC_ETHTOOL_KERNEL_COALESCE
#define bp_igc_ethtool_ops_set_coalesce igc_ethtool_set_coalesce
#else
static int bp_igc_ethtool_ops_set_coalesce(struct net_device *dev, struct ethtool_coalesce *ec){
	return igc_ethtool_set_coalesce(dev, ec, NULL, NULL);
}
#endif

static const struct ethtool_ops igc_ethtool_ops = {
	.get_coalesce = bp_igc_ethtool_ops_get_coalesce,
	.set_coalesce = bp_igc_ethtool_ops_set_coalesce,
};
