/* dev->pcpu_stat_type / NETDEV_PCPU_STAT_TSTATS: Linux 6.7, core-allocated per-cpu stats */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev->pcpu_stat_type = NETDEV_PCPU_STAT_TSTATS;
}
