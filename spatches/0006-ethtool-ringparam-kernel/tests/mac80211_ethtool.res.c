// SPDX-License-Identifier: GPL-2.0
/* Trimmed from net/mac80211/ethtool.c (v7.2.13) */
#include <linux/netdevice.h>
#include <linux/ethtool.h>

static int ieee80211_set_ringparam(struct net_device *dev,
				   struct ethtool_ringparam *rp,
				   struct kernel_ethtool_ringparam *kernel_rp,
				   struct netlink_ext_ack *extack)
{
	struct ieee80211_local *local = wiphy_priv(dev->ieee80211_ptr->wiphy);

	if (rp->rx_mini_pending != 0 || rp->rx_jumbo_pending != 0)
		return -EINVAL;

	guard(wiphy)(local->hw.wiphy);

	return drv_set_ringparam(local, rp->tx_pending, rp->rx_pending);
}

static void ieee80211_get_ringparam(struct net_device *dev,
				    struct ethtool_ringparam *rp,
				    struct kernel_ethtool_ringparam *kernel_rp,
				    struct netlink_ext_ack *extack)
{
	struct ieee80211_local *local = wiphy_priv(dev->ieee80211_ptr->wiphy);

	memset(rp, 0, sizeof(*rp));

	guard(wiphy)(local->hw.wiphy);

	drv_get_ringparam(local, &rp->tx_pending, &rp->tx_max_pending,
			  &rp->rx_pending, &rp->rx_max_pending);
}

#ifdef BPC_ETHTOOL_KERNEL_RINGPARAM
#define bp_ieee80211_ethtool_ops_get_ringparam ieee80211_get_ringparam
#else
static void bp_ieee80211_ethtool_ops_get_ringparam(struct net_device *dev, struct ethtool_ringparam *rp){
	ieee80211_get_ringparam(dev, rp, NULL, NULL);
}
#endif

#ifdef BPC_ETHTOOL_KERNEL_RINGPARAM
#define bp_ieee80211_ethtool_ops_set_ringparam ieee80211_set_ringparam
#else
static int bp_ieee80211_ethtool_ops_set_ringparam(struct net_device *dev, struct ethtool_ringparam *rp){
	return ieee80211_set_ringparam(dev, rp, NULL, NULL);
}
#endif

const struct ethtool_ops ieee80211_ethtool_ops = {
	.get_drvinfo = cfg80211_get_drvinfo,
	.get_link = ethtool_op_get_link,
	.get_ringparam = bp_ieee80211_ethtool_ops_get_ringparam,
	.set_ringparam = bp_ieee80211_ethtool_ops_set_ringparam,
	.get_strings = ieee80211_get_strings,
};
