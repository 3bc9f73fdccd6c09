// Upstream: 00d066a4d4ed ("netdev_features: convert NETIF_F_LLTX to dev->lltx"), 05c1280a2bcf ("netdev_features: convert NETIF_F_NETNS_LOCAL to dev->netns_local"), then "net: rename netns_local to netns_immutable"
// Version: v6.12 (lltx, netns_local), v6.15 (netns_immutable)
// Decided-by: probes BPC_NETDEV_LLTX, BPC_NETDEV_NETNS_LOCAL, BPC_NETDEV_NETNS_IMMUTABLE (compat/probes/), in compat linux/netdevice.h
// Subsystems: wireless, ethernet
// Prefilter: lltx || netns_immutable
//
// Since v6.12 "lockless Tx" and "can't change network namespace" are net_device flags
// (lltx; netns_local, renamed netns_immutable in v6.15); before, they are the
// NETIF_F_LLTX and NETIF_F_NETNS_LOCAL bits of dev->features, which the old core reads.
// Assignments become bp_netdev_set_lltx(dev, value) / bp_netdev_set_netns_immutable(dev,
// value); the compat header maps them to the flag the target has or to the feature bit.
// cfg80211 (net/wireless/core.c) is one of its users: its netns_immutable stores replaced
// the hand-written patch 0303.

@@
expression D, V;
@@
-D->lltx = V
+bp_netdev_set_lltx(D, V)

@@
expression D, V;
@@
-D->netns_immutable = V
+bp_netdev_set_netns_immutable(D, V)
