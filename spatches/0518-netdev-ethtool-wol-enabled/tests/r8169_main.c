// SPDX-License-Identifier: GPL-2.0
/* Trimmed from drivers/net/ethernet/realtek/r8169_main.c (v7.2.13) */
static void __rtl8169_set_wol(struct rtl8169_private *tp, u32 wolopts)
{
	if (!tp->dash_enabled) {
		rtl_set_d3_pll_down(tp, !wolopts);
		tp->dev->ethtool->wol_enabled = wolopts ? 1 : 0;
	}
}

static int rtl_init_one(struct pci_dev *pdev, const struct pci_device_id *ent)
{
	if (!tp->dash_enabled) {
		rtl_set_d3_pll_down(tp, true);
	} else {
		rtl_set_d3_pll_down(tp, false);
		dev->ethtool->wol_enabled = 1;
	}
	return 0;
}
