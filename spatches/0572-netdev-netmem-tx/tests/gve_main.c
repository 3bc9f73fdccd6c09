// SPDX-License-Identifier: (GPL-2.0 OR MIT)
/* trimmed from drivers/net/ethernet/google/gve/gve_main.c (v7.2.13) */
static int gve_probe(struct pci_dev *pdev, const struct pci_device_id *ent)
{
	struct net_device *dev;
	struct gve_priv *priv;
	int err;

	err = gve_init_priv(priv, false);
	if (err)
		goto abort_with_wq;

	if (!gve_is_gqi(priv) && !gve_is_qpl(priv))
		dev->netmem_tx = NETMEM_TX_DMA;

	err = register_netdev(dev);
	return err;

abort_with_wq:
	return err;
}
