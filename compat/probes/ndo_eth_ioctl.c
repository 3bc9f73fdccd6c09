/* probe net_device_ops.ndo_eth_ioctl (Ethernet/MII/hwtstamp ioctls split from ndo_do_ioctl): upstream v5.15, commit a76053707dbf */
#include <linux/netdevice.h>

int bp_probe(const struct net_device_ops *ops, struct net_device *dev, struct ifreq *ifr);
int bp_probe(const struct net_device_ops *ops, struct net_device *dev, struct ifreq *ifr)
{
	return ops->ndo_eth_ioctl(dev, ifr, SIOCGMIIPHY);
}
