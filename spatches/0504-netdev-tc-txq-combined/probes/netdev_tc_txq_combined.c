/* probe struct netdev_tc_txq .combined (union with count/offset): upstream v7.0 */
#include <linux/netdevice.h>

u32 bp_probe(struct netdev_tc_txq *q);
u32 bp_probe(struct netdev_tc_txq *q)
{
	return q->combined;
}
