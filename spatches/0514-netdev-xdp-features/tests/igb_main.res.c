// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igb/igb_main.c (v7.2.13) */
static void igb_set_features(struct net_device *netdev)
{
	netdev->priv_flags |= IFF_SUPP_NOFCS;

	netdev->priv_flags |= IFF_UNICAST_FLT;
#ifdef BPC_NETDEV_XDP_FEATURES
	netdev->xdp_features = NETDEV_XDP_ACT_BASIC | NETDEV_XDP_ACT_REDIRECT | NETDEV_XDP_ACT_XSK_ZEROCOPY;
#endif


	/* MTU range: 68 - 9216 */
}
