// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/broadcom/bnxt/bnxt.c (v7.2.13) */
static const struct netdev_queue_mgmt_ops bnxt_queue_mgmt_ops = {
	.ndo_queue_mem_size	= sizeof(struct bnxt_rx_ring_info),
	.ndo_queue_mem_alloc	= bnxt_queue_mem_alloc,
	.ndo_queue_mem_free	= bnxt_queue_mem_free,
	.ndo_queue_start	= bnxt_queue_start,
	.ndo_queue_stop		= bnxt_queue_stop,
	.ndo_default_qcfg	= bnxt_queue_default_qcfg,
	.ndo_validate_qcfg	= bnxt_validate_qcfg,
	.supported_params	= QCFG_RX_PAGE_SIZE,
};

static const struct netdev_queue_mgmt_ops bnxt_queue_mgmt_ops_unsupp = {
	.ndo_default_qcfg	= bnxt_queue_default_qcfg,
};
