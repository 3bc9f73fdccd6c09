/* probe net_device.netmem_tx = NETMEM_TX_DMA (the driver sends unreadable netmem, devmem TCP Tx): newer than Linux 6.12 */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev->netmem_tx = NETMEM_TX_DMA;
}
