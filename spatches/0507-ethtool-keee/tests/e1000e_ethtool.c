// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/e1000e/ethtool.c (v7.2.13) */
static int e1000e_get_eee(struct net_device *netdev, struct ethtool_keee *edata)
{
	return 0;
}

static int e1000e_set_eee(struct net_device *netdev, struct ethtool_keee *edata)
{
	return 0;
}

static const struct ethtool_ops e1000_ethtool_ops = {
	.get_drvinfo		= e1000_get_drvinfo,
	.get_eee		= e1000e_get_eee,
	.set_eee		= e1000e_set_eee,
};
