/* int device_get_mac_address(dev, addr): Linux 5.16 (void *(dev, addr, alen) before) */
#include <linux/etherdevice.h>
#include <linux/property.h>

int bp_probe(struct device *dev, char *addr);
int bp_probe(struct device *dev, char *addr)
{
	return device_get_mac_address(dev, addr);
}
