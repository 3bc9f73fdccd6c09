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

#ifdef BPC_ETHTOOL_KEEE
#define bp_e1000_ethtool_ops_get_eee e1000e_get_eee
#else
static int bp_e1000_ethtool_ops_get_eee(struct net_device *dev, struct ethtool_eee *e){
	struct ethtool_keee keee = {};
	int ret;

	bp_ethtool_eee_to_keee(&keee, e);
	ret = e1000e_get_eee(dev, &keee);
	if (!ret)
		bp_ethtool_keee_to_eee(e, &keee);
	return ret;
}
#endif

#ifdef BPC_ETHTOOL_KEEE
#define bp_e1000_ethtool_ops_set_eee e1000e_set_eee
#else
static int bp_e1000_ethtool_ops_set_eee(struct net_device *dev, struct ethtool_eee *e){
	struct ethtool_keee keee = {};

	bp_ethtool_eee_to_keee(&keee, e);
	return e1000e_set_eee(dev, &keee);
}
#endif

static const struct ethtool_ops e1000_ethtool_ops = {
	.get_drvinfo		= e1000_get_drvinfo,
	.get_eee		= bp_e1000_ethtool_ops_get_eee,
	.set_eee		= bp_e1000_ethtool_ops_set_eee,
};
