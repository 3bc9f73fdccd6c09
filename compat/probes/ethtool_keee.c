/* probe ethtool_ops.get_eee(dev, struct ethtool_keee *): upstream v6.9, commit d80a52335374 ("ethtool: replace struct ethtool_eee with a new struct ethtool_keee on kernel side") */
#include <linux/ethtool.h>

static int bp_eee(struct net_device *dev, struct ethtool_keee *e)
{
	return 0;
}

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_eee = bp_eee,
};
