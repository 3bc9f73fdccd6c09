/* alloc_netdev_dummy(): Linux 6.9, "net: create a dummy net_device allocator" */
#include <linux/netdevice.h>

struct net_device *bp_probe(void);
struct net_device *bp_probe(void)
{
	return alloc_netdev_dummy(0);
}
