// SPDX-License-Identifier: GPL-2.0-only
/* Trimmed from drivers/net/ethernet/cadence/macb_main.c (v7.2.13) and stmmac_main.c */

static unsigned int macb_pcs_inband_caps(struct phylink_pcs *pcs,
					 phy_interface_t interface)
{
	return LINK_INBAND_DISABLE | LINK_INBAND_ENABLE;
}

static void macb_pcs_get_state(struct phylink_pcs *pcs, unsigned int neg_mode,
			       struct phylink_link_state *state)
{
	struct macb *bp = container_of(pcs, struct macb, phylink_sgmii_pcs);
	u16 bmsr, lpa;

	bmsr = gem_readl(bp, PCSSTS);
	lpa = gem_readl(bp, PCSANLPBASE);
	phylink_mii_c22_pcs_decode_state(state, neg_mode, bmsr, lpa);
}

static const struct phylink_pcs_ops macb_phylink_usx_pcs_ops = {
	.pcs_get_state = macb_usx_pcs_get_state,
	.pcs_config = macb_usx_pcs_config,
	.pcs_link_up = macb_usx_pcs_link_up,
};

static const struct phylink_pcs_ops macb_phylink_pcs_ops = {
	.pcs_inband_caps = macb_pcs_inband_caps,
	.pcs_get_state = macb_pcs_get_state,
	.pcs_an_restart = macb_pcs_an_restart,
	.pcs_config = macb_pcs_config,
};

static const struct phylink_mac_ops macb_phylink_ops = {
	.mac_select_pcs = macb_mac_select_pcs,
	.mac_config = macb_mac_config,
	.mac_link_down = macb_mac_link_down,
	.mac_link_up = macb_mac_link_up,
	.mac_disable_tx_lpi = macb_mac_disable_tx_lpi,
	.mac_enable_tx_lpi = macb_mac_enable_tx_lpi,
};

static void macb_eee_config(struct macb *bp)
{
	if (bp->caps & MACB_CAPS_EEE) {
		__set_bit(PHY_INTERFACE_MODE_MII,
			  bp->phylink_config.lpi_interfaces);
		__set_bit(PHY_INTERFACE_MODE_GMII,
			  bp->phylink_config.lpi_interfaces);
		phy_interface_set_rgmii(bp->phylink_config.lpi_interfaces);
		bp->phylink_config.lpi_capabilities = MAC_100FD | MAC_1000FD;
		bp->phylink_config.lpi_timer_default = 250000;
		bp->phylink_config.eee_enabled_default = true;
	}
}

				 config->supported_interfaces,
				 pcs->supported_interfaces);

static void stmmac_lpi_setup(struct stmmac_priv *priv, struct phylink_config *config,
			     struct phylink_pcs *pcs)
{
	/* Some platforms, e.g. iMX8MP, wire lpi_intr_o to the same interrupt
	 * used for stmmac's main interrupts, which leads to interrupt storms.
	 * STMMAC_FLAG_EEE_DISABLE allows EEE to be disabled on such platforms.
	 */
	if (priv->dma_cap.eee &&
	    !(priv->plat->flags & STMMAC_FLAG_EEE_DISABLE)) {
		/* The GMAC 3.74a databook states that EEE is only supported
		 * in MII, GMII, and RGMII interfaces.
		 */
		__set_bit(PHY_INTERFACE_MODE_MII, config->lpi_interfaces);
		__set_bit(PHY_INTERFACE_MODE_GMII, config->lpi_interfaces);
		phy_interface_set_rgmii(config->lpi_interfaces);

		/* If we have a non-integrated PCS, assume that it is connected
		 * to the GMAC using GMII or another EEE compatible interface,
		 * and thus all PCS-supported interfaces support LPI.
		 */
		if (pcs)
			phy_interface_or(config->lpi_interfaces,
					 config->lpi_interfaces,
					 pcs->supported_interfaces);

		/* All full duplex speeds above 100Mbps are supported */
		config->lpi_capabilities = ~(MAC_1000FD - 1) | MAC_100FD;
		config->lpi_timer_default = eee_timer * 1000;
		config->eee_enabled_default = true;
	}

}
