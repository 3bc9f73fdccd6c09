// SPDX-License-Identifier: GPL-2.0
/* Trimmed from drivers/net/ethernet/intel/igc/igc_ethtool.c (v7.2.13) */
static int igc_ethtool_get_mm(struct net_device *netdev,
			      struct ethtool_mm_state *cmd)
{
	struct igc_adapter *adapter = netdev_priv(netdev);
	struct igc_fpe_t *fpe = &adapter->fpe;

	ethtool_mmsv_get_mm(&fpe->mmsv, cmd);
	cmd->tx_min_frag_size = fpe->tx_min_frag_size;
	cmd->rx_min_frag_size = IGC_RX_MIN_FRAG_SIZE;

	return 0;
}

static int igc_ethtool_set_mm(struct net_device *netdev,
			      struct ethtool_mm_cfg *cmd,
			      struct netlink_ext_ack *extack)
{
	struct igc_adapter *adapter = netdev_priv(netdev);
	struct igc_fpe_t *fpe = &adapter->fpe;

	fpe->tx_min_frag_size = igc_fpe_get_supported_frag_size(cmd->tx_min_frag_size);
	if (fpe->tx_min_frag_size != cmd->tx_min_frag_size)
		NL_SET_ERR_MSG_MOD(extack,
				   "tx-min-frag-size value set is unsupported. Rounded up to supported value (64, 128, 192, 256)");

	if (fpe->mmsv.pmac_enabled != cmd->pmac_enabled) {
		if (cmd->pmac_enabled)
			static_branch_inc(&igc_fpe_enabled);
		else
			static_branch_dec(&igc_fpe_enabled);
	}

	ethtool_mmsv_set_mm(&fpe->mmsv, cmd);

	return igc_tsn_offload_apply(adapter);
}

/**
 * igc_ethtool_get_frame_ass_error - Get the frame assembly error count.
 * @reg_value: Register value for IGC_PRMEXCPRCNT
 * Return: The count of frame assembly errors.
 */
static u64 igc_ethtool_get_frame_ass_error(u32 reg_value)
{
	/* Out of order statistics */
	u32 ooo_frame_cnt, ooo_frag_cnt;
	u32 miss_frame_frag_cnt;

	ooo_frame_cnt = FIELD_GET(IGC_PRMEXCPRCNT_OOO_FRAME_CNT, reg_value);
	ooo_frag_cnt = FIELD_GET(IGC_PRMEXCPRCNT_OOO_FRAG_CNT, reg_value);
	miss_frame_frag_cnt = FIELD_GET(IGC_PRMEXCPRCNT_MISS_FRAME_FRAG_CNT,
					reg_value);

	return ooo_frame_cnt + ooo_frag_cnt + miss_frame_frag_cnt;
}

static u64 igc_ethtool_get_frame_smd_error(u32 reg_value)
{
	return FIELD_GET(IGC_PRMEXCPRCNT_OOO_SMDC, reg_value);
}

static void igc_ethtool_get_mm_stats(struct net_device *dev,
				     struct ethtool_mm_stats *stats)
{
	struct igc_adapter *adapter = netdev_priv(dev);
	struct igc_hw *hw = &adapter->hw;
	u32 reg_value;

	reg_value = rd32(IGC_PRMEXCPRCNT);

	stats->MACMergeFrameAssErrorCount = igc_ethtool_get_frame_ass_error(reg_value);
	stats->MACMergeFrameSmdErrorCount = igc_ethtool_get_frame_smd_error(reg_value);
	stats->MACMergeFrameAssOkCount = rd32(IGC_PRMPTDRCNT);
	stats->MACMergeFragCountRx = rd32(IGC_PRMEVNTRCNT);
	stats->MACMergeFragCountTx = rd32(IGC_PRMEVNTTCNT);
}


#ifndef BPC_ETHTOOL_MM_STATE
static const void *const bp_igc_ethtool_ops_get_mm __maybe_unused = igc_ethtool_get_mm;
#endif

#ifndef BPC_ETHTOOL_MM_STATE
static const void *const bp_igc_ethtool_ops_set_mm __maybe_unused = igc_ethtool_set_mm;
#endif

#ifndef BPC_ETHTOOL_MM_STATE
static const void *const bp_igc_ethtool_ops_get_mm_stats __maybe_unused = igc_ethtool_get_mm_stats;
#endif

static const struct ethtool_ops igc_ethtool_ops = {
	.self_test		= igc_ethtool_diag_test,
#ifdef BPC_ETHTOOL_MM_STATE
	.get_mm = igc_ethtool_get_mm,
#endif
#ifdef BPC_ETHTOOL_MM_STATE
	.get_mm_stats = igc_ethtool_get_mm_stats,
#endif

#ifdef BPC_ETHTOOL_MM_STATE
	.set_mm = igc_ethtool_set_mm,
#endif
};
