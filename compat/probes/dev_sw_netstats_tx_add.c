/* dev_sw_netstats_tx_add(): Linux 5.11 */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev_sw_netstats_tx_add(dev, 1, 64);
}
