/* probe ethtool_ops.get_eth_mac_stats/.get_eth_ctrl_stats (IEEE 802.3 standard stats): upstream v5.13 ("ethtool: add a new command for reading standard stats") */
#include <linux/ethtool.h>

static void bp_mac(struct net_device *dev, struct ethtool_eth_mac_stats *s) { }
static void bp_ctrl(struct net_device *dev, struct ethtool_eth_ctrl_stats *s) { }

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_eth_mac_stats = bp_mac,
	.get_eth_ctrl_stats = bp_ctrl,
};
