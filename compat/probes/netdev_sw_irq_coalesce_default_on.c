/* probe netdev_sw_irq_coalesce_default_on(): upstream v6.2 [export:netdev_sw_irq_coalesce_default_on] */
#include <linux/netdevice.h>

void bp_probe(struct net_device *dev);
void bp_probe(struct net_device *dev)
{
	netdev_sw_irq_coalesce_default_on(dev);
}
