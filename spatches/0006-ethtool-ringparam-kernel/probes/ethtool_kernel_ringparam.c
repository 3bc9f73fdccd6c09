/* probe ethtool_ops.get_ringparam taking struct kernel_ethtool_ringparam: upstream v5.17, commit 74624944f78f ("ethtool: extend ringparam setting/getting API with rx_buf_len") */
#include <linux/ethtool.h>

static void bp_probe_get(struct net_device *dev, struct ethtool_ringparam *rp,
			 struct kernel_ethtool_ringparam *krp, struct netlink_ext_ack *extack)
{
}

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_ringparam = bp_probe_get,
};
