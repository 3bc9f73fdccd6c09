// SPDX-License-Identifier: GPL-2.0
/* Trimmed from drivers/net/wireless/virtual/virt_wifi.c (v7.2.13) */
#include <net/rtnetlink.h>

/* Called with rtnl lock held. */
static int virt_wifi_newlink(struct net_device *dev,
			     struct rtnl_newlink_params *params,
			     struct netlink_ext_ack *extack)
{
	struct virt_wifi_netdev_priv *priv = netdev_priv(dev);
	struct net *link_net = rtnl_newlink_link_net(params);
	struct nlattr **tb = params->tb;
	int err;

	if (!tb[IFLA_LINK])
		return -EINVAL;

	netif_carrier_off(dev);

	priv->upperdev = dev;
	priv->lowerdev = __dev_get_by_index(link_net,
					    nla_get_u32(tb[IFLA_LINK]));

	if (!priv->lowerdev)
		return -ENODEV;
	if (!tb[IFLA_MTU])
		dev->mtu = priv->lowerdev->mtu;
	else if (dev->mtu > priv->lowerdev->mtu)
		return -EINVAL;

	err = netdev_rx_handler_register(priv->lowerdev, virt_wifi_rx_handler,
					 priv);
	if (err) {
		dev_err(&priv->lowerdev->dev,
			"can't netdev_rx_handler_register: %d\n", err);
		return err;
	}

	eth_hw_addr_inherit(dev, priv->lowerdev);
	return 0;
}

#ifndef BPC_RTNL_NEWLINK_PARAMS
static int bp_virt_wifi_newlink(struct net *src_net, struct net_device *dev,
				struct nlattr *tb[], struct nlattr *data[],
				struct netlink_ext_ack *extack){
	struct rtnl_newlink_params params = {
		.src_net = src_net,
		.tb = tb,
		.data = data,
	};

	return virt_wifi_newlink(dev, &params, extack);
}
#endif

static struct rtnl_link_ops virt_wifi_link_ops = {
	.kind		= "virt_wifi",
	.setup		= virt_wifi_setup,
#ifdef BPC_RTNL_NEWLINK_PARAMS
	.newlink = virt_wifi_newlink,
#else
	.newlink = bp_virt_wifi_newlink,
#endif
	.dellink	= virt_wifi_dellink,
	.priv_size	= sizeof(struct virt_wifi_netdev_priv),
};

/* an ops table without .newlink is left alone */
static struct rtnl_link_ops other_link_ops = {
	.kind		= "other",
	.setup		= virt_wifi_setup,
};
