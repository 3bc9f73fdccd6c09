/* probe net_device_ops.ndo_get_tstamp with skb_shared_hwtstamps.netdev_data and SKBTX_HW_TSTAMP_NETDEV (timestamp resolved late, per the socket's PHC): upstream v5.18 ("net: Add ndo_get_tstamp()" in "ptp: Support hardware clocks with additional free running cycle counter") */
#include <linux/netdevice.h>
#include <linux/skbuff.h>

static ktime_t bp_get_tstamp(struct net_device *dev,
			     const struct skb_shared_hwtstamps *hwtstamps, bool cycles)
{
	return hwtstamps->netdev_data ? 1 : 0;
}

const struct net_device_ops bp_probe_ops;
const struct net_device_ops bp_probe_ops = {
	.ndo_get_tstamp = bp_get_tstamp,
};

int bp_probe(void);
int bp_probe(void)
{
	return SKBTX_HW_TSTAMP_NETDEV;
}
