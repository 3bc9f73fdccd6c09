// SPDX-License-Identifier: GPL-2.0+
/* trimmed from drivers/net/ethernet/tehuti/tn40.c (v7.2.13) */
#include <net/netdev_queues.h>
#include "tn40.h"

static const struct netdev_stat_ops tn40_stat_ops = {
	.get_queue_stats_rx = tn40_get_queue_stats_rx,
	.get_queue_stats_tx = tn40_get_queue_stats_tx,
	.get_base_stats = tn40_get_base_stats,
};

static struct net_device *tn40_netdev_alloc(struct pci_dev *pdev)
{
	struct net_device *ndev;

	ndev = devm_alloc_etherdev(&pdev->dev, sizeof(struct tn40_priv));
	if (!ndev)
		return NULL;
	ndev->netdev_ops = &tn40_netdev_ops;
	ndev->ethtool_ops = &tn40_ethtool_ops;
	bp_netdev_set_stat_ops(ndev, &tn40_stat_ops);
	ndev->tx_queue_len = TN40_NDEV_TXQ_LEN;
	ndev->mem_start = pci_resource_start(pdev, 0);
	ndev->mem_end = pci_resource_end(pdev, 0);
	ndev->min_mtu = ETH_ZLEN;
	ndev->max_mtu = TN40_MAX_MTU;

	ndev->features = NETIF_F_IP_CSUM |
		NETIF_F_SG |
		NETIF_F_FRAGLIST |
		NETIF_F_TSO | NETIF_F_GRO |
		NETIF_F_RXCSUM |
		NETIF_F_RXHASH |
		NETIF_F_HW_VLAN_CTAG_TX |
		NETIF_F_HW_VLAN_CTAG_RX |
		NETIF_F_HW_VLAN_CTAG_FILTER;
	ndev->vlan_features = NETIF_F_IP_CSUM |
			       NETIF_F_SG |
			       NETIF_F_TSO | NETIF_F_GRO | NETIF_F_RXHASH;

	if (dma_get_mask(&pdev->dev) == DMA_BIT_MASK(64)) {
		ndev->features |= NETIF_F_HIGHDMA;
		ndev->vlan_features |= NETIF_F_HIGHDMA;
	}
	ndev->hw_features |= ndev->features;

	SET_NETDEV_DEV(ndev, &pdev->dev);
	netif_stop_queue(ndev);
	return ndev;
}
