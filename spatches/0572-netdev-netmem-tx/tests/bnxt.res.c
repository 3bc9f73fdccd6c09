// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/broadcom/bnxt/bnxt.c (v7.2.13) */
static int bnxt_init_one(struct pci_dev *pdev, const struct pci_device_id *ent)
{
	dev->queue_mgmt_ops = &bnxt_queue_mgmt_ops_unsupp;
	if (BNXT_SUPPORTS_QUEUE_API(bp))
		dev->queue_mgmt_ops = &bnxt_queue_mgmt_ops;
	bp_netdev_set_netmem_tx(dev, NETMEM_TX_DMA);

	rc = register_netdev(dev);
	return rc;
}
