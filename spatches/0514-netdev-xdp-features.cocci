// Upstream: net_device.xdp_features (XDP capabilities reported over netdev netlink)
// Version: v6.3
// Decided-by: probe BPC_NETDEV_XDP_FEATURES (probes/netdev_xdp_features.c)
// Subsystems: ethernet
// Prefilter: xdp_features
//
// Since v6.3 a driver advertises its XDP capabilities in netdev->xdp_features
// (NETDEV_XDP_ACT_* bits) and toggles NETDEV_XDP_ACT_NDO_XMIT with
// xdp_features_set/clear_redirect_target(). Older kernels have no such member and report
// nothing: the assignment is kept only where the member exists (the helpers and the
// NETDEV_XDP_ACT_* names are compat, backport-include/linux/netdevice.h). XDP itself works
// as before.

@@
expression E, F;
@@
-E->xdp_features = F;
+#ifdef BPC_NETDEV_XDP_FEATURES
+E->xdp_features = F;
+#endif
