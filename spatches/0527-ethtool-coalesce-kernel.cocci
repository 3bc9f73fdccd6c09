// Upstream: f3ccfda19319 ("ethtool: extend coalesce setting uAPI with CQE mode")
// Version: v5.15
// Decided-by: probe BPC_ETHTOOL_KERNEL_COALESCE (compat/probes/ethtool_kernel_coalesce.c, which linux/ethtool.h also tests)
// Subsystems: wireless, ethernet
// Prefilter: ethtool_ops && kernel_ethtool_coalesce
//
// Since v5.15 ethtool_ops.get_coalesce/.set_coalesce take two more arguments
// (struct kernel_ethtool_coalesce *, struct netlink_ext_ack *). Kernels before (5.10)
// call them with two. A driver whose callback never reads the kernel_ethtool_coalesce
// gets a wrapper with the old signature that passes NULL for both new arguments, used only
// where the target lacks the new form. extack may be used: it is NULL on the ethtool ioctl
// path of every kernel, so callbacks already handle NULL (NL_SET_ERR_MSG*() test it). The wrapper is named after the ops table and the member
// (bp_<ops>_get_coalesce), so two tables sharing one callback get one wrapper each.
// A callback that does read the kernel_ethtool_coalesce (CQE mode, 5.15) is left alone
// (and fails to build on old targets: such a driver needs its own entry).

@r@
identifier ops, getfn;
@@
struct ethtool_ops ops = {
	.get_coalesce = getfn,
};

@get_unused@
identifier r.getfn, dev, ec, kec, extack;
@@
int getfn(struct net_device *dev, struct ethtool_coalesce *ec,
	  struct kernel_ethtool_coalesce *kec, struct netlink_ext_ack *extack)
{
	... when != kec
}

@depends on get_unused@
identifier r.ops, r.getfn;
fresh identifier wrap = "bp_" ## ops ## "_get_coalesce";
@@
+#ifdef BPC_ETHTOOL_KERNEL_COALESCE
+#define wrap getfn
+#else
+static int wrap(struct net_device *dev, struct ethtool_coalesce *ec)
+{
+	return getfn(dev, ec, NULL, NULL);
+}
+#endif
+
struct ethtool_ops ops = {
-	.get_coalesce = getfn,
+	.get_coalesce = wrap,
};

@s@
identifier ops, setfn;
@@
struct ethtool_ops ops = {
	.set_coalesce = setfn,
};

@set_unused@
identifier s.setfn, dev, ec, kec, extack;
@@
int setfn(struct net_device *dev, struct ethtool_coalesce *ec,
	  struct kernel_ethtool_coalesce *kec, struct netlink_ext_ack *extack)
{
	... when != kec
}

@depends on set_unused@
identifier s.ops, s.setfn;
fresh identifier wrap = "bp_" ## ops ## "_set_coalesce";
@@
+#ifdef BPC_ETHTOOL_KERNEL_COALESCE
+#define wrap setfn
+#else
+static int wrap(struct net_device *dev, struct ethtool_coalesce *ec)
+{
+	return setfn(dev, ec, NULL, NULL);
+}
+#endif
+
struct ethtool_ops ops = {
-	.set_coalesce = setfn,
+	.set_coalesce = wrap,
};
