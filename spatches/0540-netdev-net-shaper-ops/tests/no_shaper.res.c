/* a net_device_ops without a shaper table: unchanged */
#include <linux/netdevice.h>

static const struct net_device_ops plain_netdev_ops = {
	.ndo_open		= plain_open,
	.ndo_stop		= plain_close,
};
