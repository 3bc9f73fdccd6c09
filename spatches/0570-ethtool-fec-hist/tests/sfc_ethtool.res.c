// SPDX-License-Identifier: GPL-2.0-only
/* Trimmed from drivers/net/ethernet/sfc/ethtool.c (v7.2.13) */

static void efx_ethtool_get_fec_stats(struct net_device *net_dev,
				      struct ethtool_fec_stats *fec_stats,
				      struct ethtool_fec_hist *hist)
{
	struct efx_nic *efx = efx_netdev_priv(net_dev);

	if (efx->type->get_fec_stats)
		efx->type->get_fec_stats(efx, fec_stats);
}

#ifdef BPC_ETHTOOL_FEC_HIST
#define bp_efx_ethtool_ops_get_fec_stats efx_ethtool_get_fec_stats
#else
static void bp_efx_ethtool_ops_get_fec_stats(struct net_device *dev, struct ethtool_fec_stats *stats){
	struct ethtool_fec_hist *hist = kzalloc(sizeof(*hist), GFP_KERNEL);

	if (!hist)
		return;
	efx_ethtool_get_fec_stats(dev, stats, hist);
	kfree(hist);
}
#endif

const struct ethtool_ops efx_ethtool_ops = {
	.get_drvinfo		= efx_ethtool_get_drvinfo,
	.get_fec_stats		= bp_efx_ethtool_ops_get_fec_stats,
	.get_fecparam		= efx_ethtool_get_fecparam,
	.set_fecparam		= efx_ethtool_set_fecparam,
};
