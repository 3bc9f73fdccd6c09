/* probe ethtool_ops.get_link_ext_stats() and struct ethtool_link_ext_stats (link_down_events): newer than Linux 6.1, in 6.12 */
#include <linux/ethtool.h>

u64 bp_probe(const struct ethtool_ops *ops, struct ethtool_link_ext_stats *s);
u64 bp_probe(const struct ethtool_ops *ops, struct ethtool_link_ext_stats *s)
{
	return (ops->get_link_ext_stats != NULL) + s->link_down_events;
}
