// Upstream: ethtool state of a net_device moved to struct ethtool_netdev_state (dev->ethtool), wol_enabled with it
// Version: v6.11
// Decided-by: probe BPC_NET_DEVICE_ETHTOOL_STATE (compat/probes/net_device_ethtool_state.c), in compat linux/netdevice.h
// Subsystems: ethernet
// Prefilter: wol_enabled
//
// Since v6.11 "Wake-on-LAN is enabled" is dev->ethtool->wol_enabled; before, it is
// dev->wol_enabled. Every use becomes BP_NETDEV_WOL_ENABLED(dev), an lvalue that the compat
// header maps to the member the target has.

@@
expression D;
@@
-D->ethtool->wol_enabled
+BP_NETDEV_WOL_ENABLED(D)
