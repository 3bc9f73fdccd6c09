// SPDX-License-Identifier: GPL-2.0-only
/* trimmed from drivers/net/ethernet/chelsio/cxgb4/cxgb4_main.c (v7.2.13) */
static int cxgb4_xfrm_add_state(struct net_device *dev,
				struct xfrm_state *x,
				struct netlink_ext_ack *extack)
{
	struct adapter *adap = netdev2adap(dev);
	int ret;

	if (!mutex_trylock(&uld_mutex)) {
		NL_SET_ERR_MSG_MOD(extack, "crypto uld critical resource is under use");
		return -EBUSY;
	}
	ret = chcr_offload_state(adap, CXGB4_XFRMDEV_OPS);
	if (ret)
		goto out_unlock;

#if defined(BPC_XDO_DEV_STATE_DEV)
	ret = adap->uld[CXGB4_ULD_IPSEC].xfrmdev_ops->xdo_dev_state_add(dev,
									x,
									extack);
#elif defined(BPC_XDO_DEV_STATE_ADD_EXTACK)
	ret = adap->uld[CXGB4_ULD_IPSEC].xfrmdev_ops->xdo_dev_state_add(x,
									extack);
#else
	ret = adap->uld[CXGB4_ULD_IPSEC].xfrmdev_ops->xdo_dev_state_add(x);
#endif

out_unlock:
	mutex_unlock(&uld_mutex);

	return ret;
}

static void cxgb4_xfrm_del_state(struct net_device *dev, struct xfrm_state *x)
{
	struct adapter *adap = netdev2adap(dev);

	if (!mutex_trylock(&uld_mutex)) {
		dev_dbg(adap->pdev_dev,
			"crypto uld critical resource is under use\n");
		return;
	}
	if (chcr_offload_state(adap, CXGB4_XFRMDEV_OPS))
		goto out_unlock;

#ifdef BPC_XDO_DEV_STATE_DEV
	adap->uld[CXGB4_ULD_IPSEC].xfrmdev_ops->xdo_dev_state_delete(dev, x);
#else
	adap->uld[CXGB4_ULD_IPSEC].xfrmdev_ops->xdo_dev_state_delete(x);
#endif

out_unlock:
	mutex_unlock(&uld_mutex);
}

static void cxgb4_xfrm_free_state(struct net_device *dev, struct xfrm_state *x)
{
	struct adapter *adap = netdev2adap(dev);

	if (!mutex_trylock(&uld_mutex)) {
		dev_dbg(adap->pdev_dev,
			"crypto uld critical resource is under use\n");
		return;
	}
	if (chcr_offload_state(adap, CXGB4_XFRMDEV_OPS))
		goto out_unlock;

#ifdef BPC_XDO_DEV_STATE_DEV
	adap->uld[CXGB4_ULD_IPSEC].xfrmdev_ops->xdo_dev_state_free(dev, x);
#else
	adap->uld[CXGB4_ULD_IPSEC].xfrmdev_ops->xdo_dev_state_free(x);
#endif

out_unlock:
	mutex_unlock(&uld_mutex);
}

#if defined(BPC_XDO_DEV_STATE_DEV)
#define bp_cxgb4_xfrmdev_ops_state_add cxgb4_xfrm_add_state
#elif defined(BPC_XDO_DEV_STATE_ADD_EXTACK)
static int bp_cxgb4_xfrmdev_ops_state_add(struct xfrm_state *xs, struct netlink_ext_ack *extack){
	return cxgb4_xfrm_add_state(xs->xso.real_dev, xs, extack);
}
#else
static int bp_cxgb4_xfrmdev_ops_state_add(struct xfrm_state *xs){
	return cxgb4_xfrm_add_state(xs->xso.real_dev, xs, NULL);
}
#endif

#ifdef BPC_XDO_DEV_STATE_DEV
#define bp_cxgb4_xfrmdev_ops_state_delete cxgb4_xfrm_del_state
#else
static void bp_cxgb4_xfrmdev_ops_state_delete(struct xfrm_state *xs){
	cxgb4_xfrm_del_state(xs->xso.real_dev, xs);
}
#endif

#ifdef BPC_XDO_DEV_STATE_DEV
#define bp_cxgb4_xfrmdev_ops_state_free cxgb4_xfrm_free_state
#else
static void bp_cxgb4_xfrmdev_ops_state_free(struct xfrm_state *xs){
	cxgb4_xfrm_free_state(xs->xso.real_dev, xs);
}
#endif

static const struct xfrmdev_ops cxgb4_xfrmdev_ops = {
	.xdo_dev_state_add      = bp_cxgb4_xfrmdev_ops_state_add,
	.xdo_dev_state_delete   = bp_cxgb4_xfrmdev_ops_state_delete,
	.xdo_dev_state_free     = bp_cxgb4_xfrmdev_ops_state_free,
	.xdo_dev_state_advance_esn = cxgb4_advance_esn_state,
};
