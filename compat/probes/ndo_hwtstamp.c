/* probe net_device_ops.ndo_hwtstamp_get/.ndo_hwtstamp_set: upstream v6.6, commit 66f7223039c0 ("net: add NDOs for configuring hardware timestamping") */
#include <linux/netdevice.h>
#include <linux/net_tstamp.h>

static int bp_get(struct net_device *dev, struct kernel_hwtstamp_config *cfg)
{
	return 0;
}

const struct net_device_ops bp_probe_ops;
const struct net_device_ops bp_probe_ops = {
	.ndo_hwtstamp_get = bp_get,
};
