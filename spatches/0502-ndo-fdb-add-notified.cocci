// Upstream: ndo_fdb_add() gained a parameter reporting whether the driver sent the notification
// Version: v6.13
// Decided-by: probe BPC_NDO_FDB_ADD_NOTIFIED (probes/ndo_fdb_add_notified.c)
// Subsystems: ethernet
// Prefilter: ndo_fdb_add
//
// Since v6.13 net_device_ops.ndo_fdb_add() takes `bool *notified` before the extack (the
// driver sets it when it sent the RTM_NEWNEIGH notification itself). Older kernels call it
// without that argument and always notify. Where the target lacks it, the ops point to a
// wrapper with the old signature that passes a local flag and drops it.

@r@
identifier ops, fn;
@@
struct net_device_ops ops = {
	.ndo_fdb_add = fn,
};

@depends on r@
identifier r.ops, r.fn;
fresh identifier wrap = "bp_" ## ops ## "_fdb_add";
@@
+#ifdef BPC_NDO_FDB_ADD_NOTIFIED
+#define wrap fn
+#else
+static int wrap(struct ndmsg *ndm, struct nlattr *tb[], struct net_device *dev,
+		const unsigned char *addr, u16 vid, u16 flags,
+		struct netlink_ext_ack *extack)
+{
+	bool notified = false;
+
+	return fn(ndm, tb, dev, addr, vid, flags, &notified, extack);
+}
+#endif
+
struct net_device_ops ops = {
	.ndo_fdb_add =
-	fn
+	wrap
	,
};
