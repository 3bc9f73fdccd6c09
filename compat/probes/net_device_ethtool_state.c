/* probe net_device.ethtool (struct ethtool_netdev_state, holding wol_enabled): upstream v6.11 */
#include <linux/netdevice.h>
#include <linux/ethtool.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	dev->ethtool->wol_enabled = 1;
}
