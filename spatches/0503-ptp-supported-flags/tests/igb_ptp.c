// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igb/igb_ptp.c (v7.2.13) */
static void igb_ptp_init_caps(struct igb_adapter *adapter)
{
	switch (hw->mac.type) {
	case e1000_i350:
		igb_ptp_sdp_init(adapter);
		snprintf(adapter->ptp_caps.name, 16, "%pm", netdev->dev_addr);
		adapter->ptp_caps.owner = THIS_MODULE;
		adapter->ptp_caps.max_adj = 62499999;
		adapter->ptp_caps.n_ext_ts = IGB_N_EXTTS;
		adapter->ptp_caps.n_per_out = IGB_N_PEROUT;
		adapter->ptp_caps.n_pins = IGB_N_SDP;
		adapter->ptp_caps.pps = 0;
		adapter->ptp_caps.supported_extts_flags = PTP_RISING_EDGE |
							  PTP_FALLING_EDGE |
							  PTP_STRICT_FLAGS;
		adapter->ptp_caps.pin_config = adapter->sdp_config;
		adapter->ptp_caps.adjfine = igb_ptp_adjfine_82580;
		adapter->ptp_caps.adjtime = igb_ptp_adjtime_82576;
		adapter->ptp_caps.gettimex64 = igb_ptp_gettimex_82580;
		break;
	default:
		break;
	}
}
