#ifdef BPC_NETDEV_QUEUE_CONFIG
#define bp_bnxt_queue_mgmt_ops_queue_mem_alloc bnxt_queue_mem_alloc
#else
static int bp_bnxt_queue_mgmt_ops_queue_mem_alloc(struct net_device *dev, void *per_queue_mem, int idx){
	struct netdev_queue_config qcfg = {};

	bnxt_queue_default_qcfg(dev, &qcfg);
	return bnxt_queue_mem_alloc(dev, &qcfg, per_queue_mem, idx);
}
#endif

#ifdef BPC_NETDEV_QUEUE_CONFIG
#define bp_bnxt_queue_mgmt_ops_queue_start bnxt_queue_start
#else
static int bp_bnxt_queue_mgmt_ops_queue_start(struct net_device *dev, void *per_queue_mem, int idx){
	struct netdev_queue_config qcfg = {};

	bnxt_queue_default_qcfg(dev, &qcfg);
	return bnxt_queue_start(dev, &qcfg, per_queue_mem, idx);
}
#endif

#ifndef BPC_NETDEV_QUEUE_CONFIG
static const void *const bp_bnxt_queue_mgmt_ops_validate_qcfg __maybe_unused = bnxt_validate_qcfg;
#endif

// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/broadcom/bnxt/bnxt.c (v7.2.13) */
static const struct netdev_queue_mgmt_ops bnxt_queue_mgmt_ops = {
	.ndo_queue_mem_size	= sizeof(struct bnxt_rx_ring_info),
	.ndo_queue_mem_alloc	= bp_bnxt_queue_mgmt_ops_queue_mem_alloc,
	.ndo_queue_mem_free	= bnxt_queue_mem_free,
	.ndo_queue_start	= bp_bnxt_queue_mgmt_ops_queue_start,
	.ndo_queue_stop		= bnxt_queue_stop,
#ifdef BPC_NETDEV_QUEUE_CONFIG
	.ndo_default_qcfg = bnxt_queue_default_qcfg,
#endif
#ifdef BPC_NETDEV_QUEUE_CONFIG
	.ndo_validate_qcfg = bnxt_validate_qcfg,
#endif
#ifdef BPC_NETDEV_QUEUE_CONFIG
	.supported_params = QCFG_RX_PAGE_SIZE,
#endif
};

static const struct netdev_queue_mgmt_ops bnxt_queue_mgmt_ops_unsupp = {
#ifdef BPC_NETDEV_QUEUE_CONFIG
	.ndo_default_qcfg = bnxt_queue_default_qcfg,
#endif
};
