/* probe ethtool_ops.get_rxfh_fields()/.set_rxfh_fields(): upstream v6.16 */
#include <linux/ethtool.h>

static int bp_get(struct net_device *dev, struct ethtool_rxfh_fields *f)
{
	return 0;
}

static int bp_set(struct net_device *dev, const struct ethtool_rxfh_fields *f,
		  struct netlink_ext_ack *extack)
{
	return 0;
}

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_rxfh_fields = bp_get,
	.set_rxfh_fields = bp_set,
};
