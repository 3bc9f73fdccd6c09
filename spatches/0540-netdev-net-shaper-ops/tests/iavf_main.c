/* trimmed from 7.2.13 drivers/net/ethernet/intel/iavf/iavf_main.c */
#include <linux/netdevice.h>
#include <net/net_shaper.h>

static int iavf_shaper_set(struct net_shaper_binding *binding,
			   const struct net_shaper *shaper,
			   struct netlink_ext_ack *extack)
{
	return 0;
}

static const struct net_shaper_ops iavf_shaper_ops = {
	.set = iavf_shaper_set,
};

static const struct net_device_ops iavf_netdev_ops = {
	.ndo_open		= iavf_open,
	.ndo_stop		= iavf_close,
	.ndo_setup_tc		= iavf_setup_tc,
	.net_shaper_ops		= &iavf_shaper_ops,
#ifdef BPC_NDO_HWTSTAMP
	.ndo_hwtstamp_get = iavf_hwstamp_get,
#endif
};
