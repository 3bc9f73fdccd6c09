/* linux/etherdevice.h: the kernel's header plus the MAC address helpers newer drivers use. */
#ifndef __BACKPORT_LINUX_ETHERDEVICE_H
#define __BACKPORT_LINUX_ETHERDEVICE_H
#include_next <linux/etherdevice.h>
#include <linux/property.h>

/* int device_get_mac_address(dev, addr), declared here: upstream v5.16; probe
 * device_get_mac_address_int.  Before, <linux/property.h> had
 * void *device_get_mac_address(dev, addr, alen) returning addr or NULL. */
/* (probe device_get_mac_address_int) */
#ifndef BPC_DEVICE_GET_MAC_ADDRESS_INT
static inline int backport_device_get_mac_address(struct device *dev, char *addr)
{
	return device_get_mac_address(dev, addr, ETH_ALEN) ? 0 : -ENOENT;
}
#define device_get_mac_address backport_device_get_mac_address
#endif

/* device_get_ethdev_address(): upstream v5.16; probe device_get_ethdev_address.  The
 * firmware-node address into dev->dev_addr, over the int device_get_mac_address() above. */
#ifndef BPC_DEVICE_GET_ETHDEV_ADDRESS
static inline int device_get_ethdev_address(struct device *dev, struct net_device *netdev)
{
	u8 addr[ETH_ALEN];
	int ret = device_get_mac_address(dev, addr);

	if (!ret)
		eth_hw_addr_set(netdev, addr);
	return ret;
}
#endif /* BPC_DEVICE_GET_ETHDEV_ADDRESS */

#endif /* __BACKPORT_LINUX_ETHERDEVICE_H */
