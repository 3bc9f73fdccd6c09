// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igb/igb_ethtool.c (v7.2.13) */
static int igb_get_rxfh(struct net_device *netdev,
			struct ethtool_rxfh_param *rxfh)
{
	struct igb_adapter *adapter = netdev_priv(netdev);
	return 0;
}

static int igb_set_rxfh(struct net_device *netdev,
			struct ethtool_rxfh_param *rxfh,
			struct netlink_ext_ack *extack)
{
	return 0;
}

#ifdef BPC_ETHTOOL_RXFH_PARAM
#define bp_igb_ethtool_ops_get_rxfh igb_get_rxfh
#else
static int bp_igb_ethtool_ops_get_rxfh(struct net_device *dev, u32 *indir, u8 *key, u8 *hfunc){
	struct ethtool_rxfh_param rxfh = {
		.indir = indir,
		.key = key
		};
	int ret;

	bp_ethtool_rxfh_param_init(dev, &rxfh);
	ret = igb_get_rxfh(dev, &rxfh);
	if (!ret && hfunc)
		*hfunc = rxfh.hfunc;
	return ret;
}
#endif

#ifdef BPC_ETHTOOL_RXFH_PARAM
#define bp_igb_ethtool_ops_set_rxfh igb_set_rxfh
#else
static int bp_igb_ethtool_ops_set_rxfh(struct net_device *dev, const u32 *indir, const u8 *key, const u8 hfunc){
	struct ethtool_rxfh_param rxfh = {
		.indir = (u32 *)indir,
		.key = (u8 *)key,
		.hfunc = hfunc,
	};

	bp_ethtool_rxfh_param_init(dev, &rxfh);
	return igb_set_rxfh(dev, &rxfh, NULL);
}
#endif

static const struct ethtool_ops igb_ethtool_ops = {
	.get_rxfh_indir_size	= igb_get_rxfh_indir_size,
	.get_rxfh		= bp_igb_ethtool_ops_get_rxfh,
	.set_rxfh		= bp_igb_ethtool_ops_set_rxfh,
};
