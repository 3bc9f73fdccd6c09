// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/ixgbe/ixgbe_main.c (v7.2.13) */
static u16 ixgbe_select_queue(struct net_device *dev, struct sk_buff *skb, struct net_device *sb_dev)
{
	struct ixgbe_ring_feature *f;
	int txq;

	if (sb_dev) {
		u8 tc = netdev_get_prio_tc_map(dev, skb->priority);
		struct net_device *vdev = sb_dev;
		struct netdev_tc_txq res;

#ifdef BPC_NETDEV_TC_TXQ_COMBINED
		res.combined = READ_ONCE(vdev->tc_to_txq[tc].combined);
#else
		res = vdev->tc_to_txq[tc];
#endif
		txq = res.offset;
		txq += reciprocal_scale(skb_get_hash(skb), res.count);

		return txq;
	}

	return 0;
}
