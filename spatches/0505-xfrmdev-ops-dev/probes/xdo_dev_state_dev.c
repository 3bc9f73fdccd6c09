/* probe xfrmdev_ops.xdo_dev_state_add(dev, x, extack) with the device argument: upstream v6.16 */
#include <linux/netdevice.h>
#include <net/xfrm.h>

static int bp_add(struct net_device *dev, struct xfrm_state *x, struct netlink_ext_ack *extack)
{
	return 0;
}

const struct xfrmdev_ops bp_probe_ops;
const struct xfrmdev_ops bp_probe_ops = {
	.xdo_dev_state_add = bp_add,
};
