/* probe netif_subqueue_try_stop/_maybe_stop/_completed_wake() taking arguments that name a caller's txq: newer than Linux 6.12 (their local became _txq) */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

struct bp_probe_txq {
	unsigned int room;
	unsigned int thrs;
};

int bp_probe(struct net_device *dev, struct bp_probe_txq *txq);
int bp_probe(struct net_device *dev, struct bp_probe_txq *txq)
{
	return netif_subqueue_try_stop(dev, 0, txq->room, txq->thrs) +
	       netif_subqueue_maybe_stop(dev, 0, txq->room, txq->thrs, txq->thrs) +
	       netif_subqueue_completed_wake(dev, 0, 1, 1, txq->room, txq->thrs);
}
