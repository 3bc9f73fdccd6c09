// SPDX-License-Identifier: GPL-2.0-only
/* trimmed from drivers/net/ethernet/sfc/falcon/tx.c (v7.2.13): the writer side */
static void ef4_set_tc_to_txq(struct net_device *net_dev, struct ef4_nic *efx, unsigned num_tc)
{
	unsigned tc;

	for (tc = 0; tc < num_tc; tc++) {
		struct netdev_tc_txq res = {
			.offset = tc * efx->n_tx_channels,
			.count = efx->n_tx_channels,
		};

		WRITE_ONCE(net_dev->tc_to_txq[tc].combined, res.combined);
	}
}
