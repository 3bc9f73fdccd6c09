/* probe ethtool_ops.get_rx_ring_count(): upstream v6.19 */
#include <linux/ethtool.h>

static u32 bp_rings(struct net_device *dev)
{
	return 1;
}

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_rx_ring_count = bp_rings,
};
