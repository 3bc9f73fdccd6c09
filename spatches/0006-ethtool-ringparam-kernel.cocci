// Upstream: 74624944f78f ("ethtool: extend ringparam setting/getting API with rx_buf_len")
// Version: v5.17
// Decided-by: probe BPC_ETHTOOL_KERNEL_RINGPARAM (probes/ethtool_kernel_ringparam.c)
// Subsystems: wireless, ethernet
// Prefilter: ethtool_ops && kernel_ethtool_ringparam
//
// Since v5.17 ethtool_ops.get_ringparam/.set_ringparam take two more arguments
// (struct kernel_ethtool_ringparam *, struct netlink_ext_ack *). Kernels before (5.10)
// call them with two. A driver whose callback never reads the new arguments gets a
// wrapper with the old signature that passes NULL for them, used only where the
// target lacks the new form. A callback that does read them is left alone (and fails
// to build on old targets: such a driver needs its own entry). The wrapper is named after
// the ops table and the member (bp_<ops>_get_ringparam), so two tables sharing one callback
// (ixgbe) get one wrapper each.

@r@
identifier ops, getfn;
@@
struct ethtool_ops ops = {
	.get_ringparam = getfn,
};

@get_unused@
identifier r.getfn, dev, rp, krp, extack;
@@
void getfn(struct net_device *dev, struct ethtool_ringparam *rp,
	   struct kernel_ethtool_ringparam *krp, struct netlink_ext_ack *extack)
{
	... when != krp
	    when != extack
}

@depends on get_unused@
identifier r.ops, r.getfn;
fresh identifier wrap = "bp_" ## ops ## "_get_ringparam";
@@
+#ifdef BPC_ETHTOOL_KERNEL_RINGPARAM
+#define wrap getfn
+#else
+static void wrap(struct net_device *dev, struct ethtool_ringparam *rp)
+{
+	getfn(dev, rp, NULL, NULL);
+}
+#endif
+
struct ethtool_ops ops = {
-	.get_ringparam = getfn,
+	.get_ringparam = wrap,
};

@s@
identifier ops, setfn;
@@
struct ethtool_ops ops = {
	.set_ringparam = setfn,
};

@set_unused@
identifier s.setfn, dev, rp, krp, extack;
@@
int setfn(struct net_device *dev, struct ethtool_ringparam *rp,
	  struct kernel_ethtool_ringparam *krp, struct netlink_ext_ack *extack)
{
	... when != krp
	    when != extack
}

@depends on set_unused@
identifier s.ops, s.setfn;
fresh identifier wrap = "bp_" ## ops ## "_set_ringparam";
@@
+#ifdef BPC_ETHTOOL_KERNEL_RINGPARAM
+#define wrap setfn
+#else
+static int wrap(struct net_device *dev, struct ethtool_ringparam *rp)
+{
+	return setfn(dev, rp, NULL, NULL);
+}
+#endif
+
struct ethtool_ops ops = {
-	.set_ringparam = setfn,
+	.set_ringparam = wrap,
};
