// SPDX-License-Identifier: GPL-2.0-only
/* Trimmed from drivers/net/ethernet/stmicro/stmmac/stmmac_pcs.c (v7.2.13) */

static const struct phylink_pcs_ops dwmac_integrated_pcs_ops = {
	.pcs_inband_caps = dwmac_integrated_pcs_inband_caps,
	.pcs_enable = dwmac_integrated_pcs_enable,
	.pcs_disable = dwmac_integrated_pcs_disable,
	.pcs_get_state = dwmac_integrated_pcs_get_state,
	.pcs_config = dwmac_integrated_pcs_config,
	.pcs_an_restart = dwmac_integrated_pcs_an_restart,
};

int stmmac_integrated_pcs_init(struct stmmac_priv *priv,
			       const struct stmmac_pcs_info *pcs_info)
{
	struct stmmac_pcs *spcs;

	spcs = devm_kzalloc(priv->device, sizeof(*spcs), GFP_KERNEL);
	if (!spcs)
		return -ENOMEM;

	spcs->priv = priv;
	spcs->base = priv->ioaddr + pcs_info->pcs_offset;
	spcs->int_mask = pcs_info->int_mask;
	spcs->pcs.ops = &dwmac_integrated_pcs_ops;
	bp_phylink_pcs_set_neg_mode(&spcs->pcs);

	if (readl(spcs->base + GMAC_AN_STATUS) & BMSR_ESTATEN)
		spcs->support_tbi_rtbi = true;

	priv->integrated_pcs = spcs;

	return 0;
}
