/* probe __netif_txq_completed_wake(): upstream v6.3 ("net: piggy back on the memory barrier in bql when waking queues"; was __netif_txq_maybe_wake) */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

int bp_probe(struct netdev_queue *txq, unsigned int n);
int bp_probe(struct netdev_queue *txq, unsigned int n)
{
	return __netif_txq_completed_wake(txq, n, n, n, 1, false);
}
