/* probe ethtool_ops.get_fec_stats(dev, stats, hist) and struct ethtool_fec_hist: newer than Linux 6.12 (the FEC error histogram) */
#include <linux/ethtool.h>

static void bp_get_fec_stats(struct net_device *dev, struct ethtool_fec_stats *stats,
			     struct ethtool_fec_hist *hist)
{
	hist->ranges = NULL;
	hist->values[ETHTOOL_FEC_HIST_MAX - 1].sum = 0;
}

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.get_fec_stats = bp_get_fec_stats,
};
