/* linux/of_net.h: the kernel's header plus the of_get_mac_address() signature newer drivers use. */
#ifndef __BACKPORT_LINUX_OF_NET_H
#define __BACKPORT_LINUX_OF_NET_H
#include_next <linux/of_net.h>
#include <linux/err.h>
#include <linux/etherdevice.h>

/* int of_get_mac_address(np, addr): upstream v5.13 (returned a pointer or ERR_PTR before);
 * probe of_get_mac_address_buf */
#ifndef BPC_OF_GET_MAC_ADDRESS_BUF
static inline int backport_of_get_mac_address(struct device_node *np, u8 *addr)
{
	const void *mac = of_get_mac_address(np);

	if (IS_ERR(mac))
		return PTR_ERR(mac);
	ether_addr_copy(addr, mac);
	return 0;
}
#define of_get_mac_address backport_of_get_mac_address
#endif

/* of_get_ethdev_address(): upstream v5.16; probe of_get_ethdev_address.  The address from
 * the device tree node into dev->dev_addr, as upstream, over the int form above. */
#ifndef BPC_OF_GET_ETHDEV_ADDRESS
static inline int of_get_ethdev_address(struct device_node *np, struct net_device *dev)
{
	u8 addr[ETH_ALEN];
	int ret = of_get_mac_address(np, addr);

	if (!ret)
		eth_hw_addr_set(dev, addr);
	return ret;
}
#endif /* BPC_OF_GET_ETHDEV_ADDRESS */

#endif /* __BACKPORT_LINUX_OF_NET_H */
