// SPDX-License-Identifier: (GPL-2.0 OR MIT)
/* gve_ethtool.c (7.2.13), its ethtool_ops: the rtnl opt-in mask of an ops-locked driver */

#include <linux/ethtool.h>

const struct ethtool_ops gve_ethtool_ops = {
	.supported_coalesce_params = ETHTOOL_COALESCE_USECS,
	.supported_ring_params = ETHTOOL_RING_USE_TCP_DATA_SPLIT |
				 ETHTOOL_RING_USE_RX_BUF_LEN,
	.op_needs_rtnl = ETHTOOL_OP_NEEDS_RTNL_SCHANNELS |
			 ETHTOOL_OP_NEEDS_RTNL_SRINGPARAM |
			 ETHTOOL_OP_NEEDS_RTNL_GLINK,
	.get_drvinfo = gve_get_drvinfo,
	.get_strings = gve_get_strings,
	.get_sset_count = gve_get_sset_count,
	.get_ethtool_stats = gve_get_ethtool_stats,
	.set_msglevel = gve_set_msglevel,
	.get_msglevel = gve_get_msglevel,
	.set_channels = gve_set_channels,
	.get_channels = gve_get_channels,
	.set_rxnfc = gve_set_rxnfc,
	.get_rxnfc = gve_get_rxnfc,
	.get_rx_ring_count = gve_get_rx_ring_count,
	.get_rxfh_indir_size = gve_get_rxfh_indir_size,
	.get_rxfh_key_size = gve_get_rxfh_key_size,
	.get_rxfh = gve_get_rxfh,
	.set_rxfh = gve_set_rxfh,
	.get_link = ethtool_op_get_link,
	.get_coalesce = gve_get_coalesce,
	.set_coalesce = gve_set_coalesce,
	.get_ringparam = gve_get_ringparam,
	.set_ringparam = gve_set_ringparam,
	.reset = gve_user_reset,
	.get_tunable = gve_get_tunable,
	.set_tunable = gve_set_tunable,
	.get_priv_flags = gve_get_priv_flags,
	.set_priv_flags = gve_set_priv_flags,
	.get_link_ksettings = gve_get_link_ksettings,
	.get_ts_info = gve_get_ts_info,
};
