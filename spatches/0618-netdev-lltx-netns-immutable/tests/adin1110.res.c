static int adin1110_probe_netdevs(struct adin1110_priv *priv)
{
	struct net_device *netdev = priv->ports[0]->netdev;

	netdev->priv_flags |= IFF_UNICAST_FLT;
	bp_netdev_set_netns_immutable(netdev, true);

	return 0;
}

static bool mlx5_devlink_netdev_netns_immutable_set(struct devlink *devlink,
						    bool immutable)
{
	struct net_device *netdev = mlx5_uplink_netdev_get(devlink_priv(devlink));

	bp_netdev_set_netns_immutable(netdev, immutable);
	return true;
}
