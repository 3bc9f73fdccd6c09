/* probe net_device.xdp_metadata_ops with .xmo_rx_hash (XDP Rx metadata kfuncs, enum xdp_rss_hash_type): upstream v6.3 */
#include <linux/netdevice.h>
#include <net/xdp.h>

int bp_probe(struct net_device *dev, enum xdp_rss_hash_type *t);
int bp_probe(struct net_device *dev, enum xdp_rss_hash_type *t)
{
	*t = XDP_RSS_TYPE_L4_IPV4_TCP;
	return dev->xdp_metadata_ops->xmo_rx_hash != NULL;
}
