/* of_get_ethdev_address(): upstream v5.16 ("of: net: add a helper for loading netdev->dev_addr") */
#include <linux/netdevice.h>
#include <linux/of_net.h>

int bp_probe(struct device_node *np, struct net_device *dev);
int bp_probe(struct device_node *np, struct net_device *dev)
{
	return of_get_ethdev_address(np, dev);
}
