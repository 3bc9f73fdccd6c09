/* probe ndo_fdb_del() with bool *notified: upstream v6.13 (ndo_fdb_del() reports whether the driver notified) */
#include <linux/netdevice.h>

static int bp_fdb_del(struct ndmsg *ndm, struct nlattr *tb[], struct net_device *dev,
		      const unsigned char *addr, u16 vid, bool *notified,
		      struct netlink_ext_ack *extack)
{
	return 0;
}

const struct net_device_ops bp_probe_ops;
const struct net_device_ops bp_probe_ops = {
	.ndo_fdb_del = bp_fdb_del,
};
