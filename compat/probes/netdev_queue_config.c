/* probe struct netdev_queue_config and netdev_queue_mgmt_ops.ndo_queue_mem_alloc/ndo_queue_start(dev, qcfg, mem, idx), ndo_default_qcfg: newer than Linux 6.12 (per-queue configuration) */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

static int bp_alloc(struct net_device *dev, struct netdev_queue_config *qcfg, void *mem, int idx)
{
	return qcfg->rx_page_size;
}

static void bp_default(struct net_device *dev, struct netdev_queue_config *qcfg)
{
}

const struct netdev_queue_mgmt_ops bp_probe_ops;
const struct netdev_queue_mgmt_ops bp_probe_ops = {
	.ndo_queue_mem_alloc = bp_alloc,
	.ndo_queue_start = bp_alloc,
	.ndo_default_qcfg = bp_default,
	.supported_params = QCFG_RX_PAGE_SIZE,
};
