// SPDX-License-Identifier: (GPL-2.0-only OR BSD-3-Clause)
/* trimmed from drivers/net/ethernet/fungible/funeth/funeth_ethtool.c (v7.2.13) */
static void fun_get_fec_stats(struct net_device *netdev,
			      struct ethtool_fec_stats *stats,
			      struct ethtool_fec_hist *hist)
{
	const struct funeth_priv *fp = netdev_priv(netdev);

	if (!(fp->port_caps & FUN_PORT_CAP_STATS))
		return;

	stats->corrected_blocks.total = FEC_STAT(fp, Correctable);
	stats->uncorrectable_blocks.total = FEC_STAT(fp, Uncorrectable);
}

#ifdef BPC_ETHTOOL_FEC_HIST
#define bp_fun_ethtool_ops_get_fec_stats fun_get_fec_stats
#else
static void bp_fun_ethtool_ops_get_fec_stats(struct net_device *dev, struct ethtool_fec_stats *stats){
	struct ethtool_fec_hist *hist = kzalloc(sizeof(*hist), GFP_KERNEL);

	if (!hist)
		return;
	fun_get_fec_stats(dev, stats, hist);
	kfree(hist);
}
#endif

static const struct ethtool_ops fun_ethtool_ops = {
	.get_pause_stats     = fun_get_pause_stats,
	.get_fec_stats       = bp_fun_ethtool_ops_get_fec_stats,
	.get_eth_mac_stats   = fun_get_802_3_stats,
};
