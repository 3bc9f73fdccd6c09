/* probe netif_txq_try_stop()/netif_txq_maybe_stop() and the subqueue forms: upstream v6.3 ("net: provide macros for commonly copied lockless queue stop/wake code"; Debian 6.1 carries them by backport) */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

int bp_probe(struct net_device *dev, unsigned int n);
int bp_probe(struct net_device *dev, unsigned int n)
{
	return netif_subqueue_maybe_stop(dev, 0, n, 1, 2) + netif_subqueue_try_stop(dev, 0, n, 2);
}
