// SPDX-License-Identifier: GPL-2.0-only
/* Trimmed from drivers/net/ethernet/cadence/macb_main.c (v7.2.13): two PCSes, one of them
 * behind a pointer member; a phylink_mac_ops table (not a PCS) stays alone */

static const struct phylink_pcs_ops macb_phylink_usx_pcs_ops = {
	.pcs_get_state = macb_usx_pcs_get_state,
	.pcs_config = macb_usx_pcs_config,
	.pcs_link_up = macb_usx_pcs_link_up,
};

static const struct phylink_pcs_ops macb_phylink_pcs_ops = {
	.pcs_get_state = macb_pcs_get_state,
	.pcs_an_restart = macb_pcs_an_restart,
	.pcs_config = macb_pcs_config,
};

static const struct phylink_mac_ops macb_phylink_ops = {
	.mac_select_pcs = macb_mac_select_pcs,
	.mac_config = macb_mac_config,
};

static int macb_mii_probe(struct net_device *netdev)
{
	struct macb *bp = netdev_priv(netdev);

	bp->phylink_sgmii_pcs.ops = &macb_phylink_pcs_ops;
	bp_phylink_pcs_set_neg_mode(&bp->phylink_sgmii_pcs);
	bp->phylink_usx_pcs.ops = &macb_phylink_usx_pcs_ops;
	bp_phylink_pcs_set_neg_mode(&bp->phylink_usx_pcs);

	bp->phylink_config.dev = &netdev->dev;
	bp->phylink_config.type = PHYLINK_NETDEV;
	bp->phylink_config.mac_managed_pm = true;

	return 0;
}
