// SPDX-License-Identifier: GPL-2.0-only
/* trimmed from drivers/net/ethernet/qlogic/qlcnic/qlcnic_main.c (v7.2.13) */
static int qlcnic_fdb_del(struct ndmsg *ndm, struct nlattr *tb[],
			struct net_device *netdev,
			const unsigned char *addr, u16 vid, bool *notified,
			struct netlink_ext_ack *extack)
{
	struct qlcnic_adapter *adapter = netdev_priv(netdev);
	return -EOPNOTSUPP;
}

#ifdef BPC_NDO_FDB_ADD_NOTIFIED
#define bp_qlcnic_netdev_ops_fdb_add qlcnic_fdb_add
#else
static int bp_qlcnic_netdev_ops_fdb_add(struct ndmsg *ndm, struct nlattr *tb[], struct net_device *dev, const unsigned char *addr, u16 vid, u16 flags, struct netlink_ext_ack *extack){
	bool notified = false;

	return qlcnic_fdb_add(ndm, tb, dev, addr, vid, flags, &notified, extack);
}
#endif

#ifdef BPC_NDO_FDB_DEL_NOTIFIED
#define bp_qlcnic_netdev_ops_fdb_del qlcnic_fdb_del
#elif defined(BPC_NDO_FDB_DEL_EXTACK)
static int bp_qlcnic_netdev_ops_fdb_del(struct ndmsg *ndm, struct nlattr *tb[], struct net_device *dev, const unsigned char *addr, u16 vid, struct netlink_ext_ack *extack){
	bool notified = false;

	return qlcnic_fdb_del(ndm, tb, dev, addr, vid, &notified, extack);
}
#else
static int bp_qlcnic_netdev_ops_fdb_del(struct ndmsg *ndm, struct nlattr *tb[], struct net_device *dev, const unsigned char *addr, u16 vid){
	bool notified = false;

	return qlcnic_fdb_del(ndm, tb, dev, addr, vid, &notified, NULL);
}
#endif

static const struct net_device_ops qlcnic_netdev_ops = {
	.ndo_open	   = qlcnic_open,
	.ndo_stop	   = qlcnic_close,
	.ndo_fdb_add		= bp_qlcnic_netdev_ops_fdb_add,
	.ndo_fdb_del		= bp_qlcnic_netdev_ops_fdb_del,
	.ndo_fdb_dump		= qlcnic_fdb_dump,
};
