/* dev_set_threaded() and net_device.threaded: Linux 5.12 (threaded NAPI) */
#include <linux/netdevice.h>

int bp_probe(struct net_device *dev);
int bp_probe(struct net_device *dev)
{
	return dev->threaded ? 0 : dev_set_threaded(dev, true);
}
