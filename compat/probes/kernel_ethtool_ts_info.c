/* struct kernel_ethtool_ts_info: Linux 6.11 ("net: Make ethtool get_ts_info a kernel_ethtool_ts_info") */
#include <linux/ethtool.h>

u32 bp_probe(struct kernel_ethtool_ts_info *info);
u32 bp_probe(struct kernel_ethtool_ts_info *info)
{
	return info->so_timestamping + info->tx_types + info->rx_filters + info->phc_index;
}
