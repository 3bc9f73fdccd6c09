/* probe net_device_ops.net_shaper_ops (the netlink shaper API's driver hooks, net/net_shaper.h): upstream v6.13 */
#include <linux/netdevice.h>

const struct net_device_ops bp_probe_ops;
const struct net_device_ops bp_probe_ops = {
	.net_shaper_ops = NULL,
};
