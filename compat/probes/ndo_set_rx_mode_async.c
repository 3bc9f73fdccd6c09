/* probe net_device_ops.ndo_set_rx_mode_async (rx mode in process context on address-list snapshots): newer than Linux 6.12 (7.x) */
#include <linux/netdevice.h>

const struct net_device_ops bp_probe_ops;
const struct net_device_ops bp_probe_ops = {
	.ndo_set_rx_mode_async = NULL,
};
