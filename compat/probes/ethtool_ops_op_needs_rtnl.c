/* probe ethtool_ops.op_needs_rtnl (the per-operation rtnl opt-in of ops-locked drivers): newer than Linux 6.12 */
#include <linux/ethtool.h>

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.op_needs_rtnl = ETHTOOL_OP_NEEDS_RTNL_GLINK,
};
