/* probe txq_trans_cond_update(): upstream v5.15 ("net: annotate accesses to queue->trans_start") */
#include <linux/netdevice.h>

void bp_probe(struct netdev_queue *txq);
void bp_probe(struct netdev_queue *txq)
{
	txq_trans_cond_update(txq);
}
