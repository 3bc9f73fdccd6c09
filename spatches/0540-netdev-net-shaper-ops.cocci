// Upstream: net_device_ops.net_shaper_ops, struct net_shaper_ops (net: "net-shapers: implement NL get operation" series, the netlink shaper API)
// Version: v6.13
// Decided-by: probe BPC_NET_DEVICE_OPS_NET_SHAPER_OPS (compat/probes/net_device_ops_net_shaper_ops.c)
// Subsystems: ethernet
// Prefilter: net_shaper_ops
//
// A target without the shaper core (6.12 and older) has no member to hang the driver's
// shaper table on and no netlink family that would call it: the initializer is kept only
// where the member exists, so no shaping is offered there (the `net-shaper` netlink family
// does not exist; the queues run unshaped, as with no shaper configured). The types come
// from the copy-list (include/net/net_shaper.h, include/uapi/linux/net_shaper.h), so the
// driver's callbacks and the state they keep (iavf's per-queue q_shaper) still build; a
// __maybe_unused pointer keeps the table referenced there, so neither it nor the callbacks
// are reported unused.

@r@
identifier ops, shops;
@@
struct net_device_ops ops = {
	.net_shaper_ops = &shops,
};

@depends on r@
identifier r.ops, r.shops;
fresh identifier keep = "bp_" ## ops ## "_net_shaper_ops";
attribute name __maybe_unused;
@@
+#ifndef BPC_NET_DEVICE_OPS_NET_SHAPER_OPS
+static const void *const keep __maybe_unused = &shops;
+#endif
+
struct net_device_ops ops = {
-	.net_shaper_ops = &shops,
+#ifdef BPC_NET_DEVICE_OPS_NET_SHAPER_OPS
+	.net_shaper_ops = &shops,
+#endif
};
