/* probe netdev_hold()/netdev_put(): upstream v6.0 (dev_hold_track() renamed; before 5.17, dev_hold()/dev_put()) */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev, netdevice_tracker *tracker);
void bp_probe(struct net_device *dev, netdevice_tracker *tracker)
{
	netdev_hold(dev, tracker, GFP_KERNEL);
	netdev_put(dev, tracker);
}
