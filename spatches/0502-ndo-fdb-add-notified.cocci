// Upstream: ndo_fdb_add() gained a parameter reporting whether the driver sent the notification
// Version: v6.13
// Decided-by: probes BPC_NDO_FDB_ADD_NOTIFIED (probes/ndo_fdb_add_notified.c), BPC_NDO_FDB_DEL_NOTIFIED (probes/ndo_fdb_del_notified.c), BPC_NDO_FDB_DEL_EXTACK (probes/ndo_fdb_del_extack.c)
// Subsystems: ethernet
// Prefilter: net_device_ops && ndo_fdb_add
//
// Since v6.13 net_device_ops.ndo_fdb_add() takes `bool *notified` before the extack (the
// driver sets it when it sent the RTM_NEWNEIGH notification itself). Older kernels call it
// without that argument and always notify. Where the target lacks it, the ops point to a
// wrapper with the old signature that passes a local flag and drops it. ndo_fdb_del()
// gained the same parameter in the same release (qlcnic, ice, ocelot); its old form also
// lacks the extack before v6.0 (5.10), where the wrapper passes NULL.

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

@rd@
identifier ops, fn;
@@
struct net_device_ops ops = {
	.ndo_fdb_del = fn,
};

@depends on rd@
identifier rd.ops, rd.fn;
fresh identifier wrap = "bp_" ## ops ## "_fdb_del";
@@
+#ifdef BPC_NDO_FDB_DEL_NOTIFIED
+#define wrap fn
+#elif defined(BPC_NDO_FDB_DEL_EXTACK)
+static int wrap(struct ndmsg *ndm, struct nlattr *tb[], struct net_device *dev,
+		const unsigned char *addr, u16 vid, struct netlink_ext_ack *extack)
+{
+	bool notified = false;
+
+	return fn(ndm, tb, dev, addr, vid, &notified, extack);
+}
+#else
+static int wrap(struct ndmsg *ndm, struct nlattr *tb[], struct net_device *dev,
+		const unsigned char *addr, u16 vid)
+{
+	bool notified = false;
+
+	return fn(ndm, tb, dev, addr, vid, &notified, NULL);
+}
+#endif
+
struct net_device_ops ops = {
	.ndo_fdb_del =
-	fn
+	wrap
	,
};
