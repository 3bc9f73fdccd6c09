/* probe ethtool_ops.get_fec_stats(dev, stats, struct ethtool_fec_hist *) (FEC error histogram): newer than Linux 6.12 */
#include <linux/ethtool.h>

void bp_probe(const struct ethtool_ops *ops, struct net_device *dev,
	      struct ethtool_fec_stats *stats, struct ethtool_fec_hist *hist);
void bp_probe(const struct ethtool_ops *ops, struct net_device *dev,
	      struct ethtool_fec_stats *stats, struct ethtool_fec_hist *hist)
{
	hist->ranges = NULL;
	ops->get_fec_stats(dev, stats, hist);
}
