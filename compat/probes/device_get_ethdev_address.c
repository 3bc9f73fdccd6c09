/* device_get_ethdev_address(): upstream v5.16 ("ethernet: add a helper for loading netdev->dev_addr") */
#include <linux/etherdevice.h>

int bp_probe(struct device *d, struct net_device *dev);
int bp_probe(struct device *d, struct net_device *dev)
{
	return device_get_ethdev_address(d, dev);
}
