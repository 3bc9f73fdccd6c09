/* probe struct rtnl_newlink_params, rtnl_link_ops.newlink(dev, params, extack): upstream v6.14, commit 69c7be1b903f ("rtnetlink: Pack newlink() params into struct") */
#include <net/rtnetlink.h>

static int bp_newlink(struct net_device *dev, struct rtnl_newlink_params *params,
		      struct netlink_ext_ack *extack)
{
	return params->tb ? 0 : -EINVAL;
}

struct rtnl_link_ops bp_probe_ops;
struct rtnl_link_ops bp_probe_ops = {
	.newlink = bp_newlink,
};
