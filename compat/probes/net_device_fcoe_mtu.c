/* probe net_device.fcoe_mtu: upstream v6.9 (NETIF_F_FCOE_MTU feature bit became a net_device flag) */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev->fcoe_mtu = true;
}
