/* probe ndo_fdb_del() with a netlink_ext_ack: upstream v6.0 (ndo_fdb_del() got an extack) */
#include <linux/netdevice.h>

static int bp_fdb_del(struct ndmsg *ndm, struct nlattr *tb[], struct net_device *dev,
		      const unsigned char *addr, u16 vid, struct netlink_ext_ack *extack)
{
	return 0;
}

const struct net_device_ops bp_probe_ops;
const struct net_device_ops bp_probe_ops = {
	.ndo_fdb_del = bp_fdb_del,
};
