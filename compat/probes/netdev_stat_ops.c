/* probe struct net_device .stat_ops (struct netdev_stat_ops, per-queue stats for the netdev netlink family): upstream v6.9 (netdev per-queue statistics); not in Debian 6.1, in 6.12 */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

const struct netdev_stat_ops *bp_probe(struct net_device *dev);
const struct netdev_stat_ops *bp_probe(struct net_device *dev)
{
	return dev->stat_ops;
}
