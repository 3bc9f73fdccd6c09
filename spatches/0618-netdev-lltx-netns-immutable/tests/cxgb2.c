static int init_one(struct pci_dev *pdev, const struct pci_device_id *ent)
{
	struct net_device *netdev = alloc_etherdev(sizeof(struct port_info));

	netdev->features |= NETIF_F_SG | NETIF_F_IP_CSUM |
		NETIF_F_RXCSUM | NETIF_F_HIGHDMA;
	netdev->lltx = true;

	return 0;
}
