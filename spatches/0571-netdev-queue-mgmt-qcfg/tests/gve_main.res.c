// SPDX-License-Identifier: (GPL-2.0 OR MIT)
/* trimmed from drivers/net/ethernet/google/gve/gve_main.c (v7.2.13) */
static int gve_rx_queue_mem_alloc(struct net_device *dev,
				  struct netdev_queue_config *qcfg,
				  void *per_q_mem, int idx)
{
	struct gve_priv *priv = netdev_priv(dev);
	struct gve_rx_alloc_rings_cfg cfg = {0};
	struct gve_rx_ring *gve_per_q_mem;
	int err;

	if (!priv->rx)
		return -EAGAIN;

	gve_per_q_mem = (struct gve_rx_ring *)per_q_mem;
	gve_rx_get_curr_alloc_cfg(priv, &cfg);

	if (gve_is_gqi(priv))
		err = gve_rx_alloc_ring_gqi(priv, &cfg, gve_per_q_mem, idx);
	else
		err = gve_rx_alloc_ring_dqo(priv, &cfg, gve_per_q_mem, idx);

	return err;
}

#ifdef BPC_NETDEV_QUEUE_CONFIG
#define bp_gve_queue_mgmt_ops_queue_mem_alloc gve_rx_queue_mem_alloc
#else
static int bp_gve_queue_mgmt_ops_queue_mem_alloc(struct net_device *dev, void *per_queue_mem, int idx){
	struct netdev_queue_config qcfg = {};

	return gve_rx_queue_mem_alloc(dev, &qcfg, per_queue_mem, idx);
}
#endif

#ifdef BPC_NETDEV_QUEUE_CONFIG
#define bp_gve_queue_mgmt_ops_queue_start gve_rx_queue_start
#else
static int bp_gve_queue_mgmt_ops_queue_start(struct net_device *dev, void *per_queue_mem, int idx){
	struct netdev_queue_config qcfg = {};

	return gve_rx_queue_start(dev, &qcfg, per_queue_mem, idx);
}
#endif

static const struct netdev_queue_mgmt_ops gve_queue_mgmt_ops = {
	.ndo_queue_mem_size	=	sizeof(struct gve_rx_ring),
	.ndo_queue_mem_alloc	=	bp_gve_queue_mgmt_ops_queue_mem_alloc,
	.ndo_queue_mem_free	=	gve_rx_queue_mem_free,
	.ndo_queue_start	=	bp_gve_queue_mgmt_ops_queue_start,
	.ndo_queue_stop		=	gve_rx_queue_stop,
};
