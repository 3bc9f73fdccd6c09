// Upstream: 69c7be1b903f ("rtnetlink: Pack newlink() params into struct")
// Version: v6.14
// Decided-by: probe BPC_RTNL_NEWLINK_PARAMS (compat/probes/rtnl_newlink_params.c)
// Subsystems: wireless, ethernet
// Prefilter: rtnl_link_ops
//
// Since v6.14 rtnl_link_ops.newlink takes (dev, struct rtnl_newlink_params *, extack);
// before, it took (src_net, dev, tb, data, extack). On older kernels each ops table gets a
// wrapper with the old signature that packs its arguments into a struct
// rtnl_newlink_params (compat/backport-include/net/rtnetlink.h defines it and
// rtnl_newlink_link_net()/rtnl_newlink_peer_net() there) and calls the driver's
// newlink. link_net and peer_net stay NULL, so both helpers give src_net: what an old
// kernel passes as src_net is already the link netns when IFLA_LINK_NETNSID was given.

@r@
identifier ops, fn;
@@
struct rtnl_link_ops ops = {
	.newlink = fn,
};

@w depends on r@
identifier r.ops, r.fn;
fresh identifier wrap = "bp_" ## fn;
@@
+#ifndef BPC_RTNL_NEWLINK_PARAMS
+static int wrap(struct net *src_net, struct net_device *dev,
+		struct nlattr *tb[], struct nlattr *data[],
+		struct netlink_ext_ack *extack)
+{
+	struct rtnl_newlink_params params = {
+		.src_net = src_net,
+		.tb = tb,
+		.data = data,
+	};
+
+	return fn(dev, &params, extack);
+}
+#endif
+
struct rtnl_link_ops ops = {
-	.newlink = fn,
+#ifdef BPC_RTNL_NEWLINK_PARAMS
+	.newlink = fn,
+#else
+	.newlink = wrap,
+#endif
};
