// ethtool_ops .get_ringparam/.set_ringparam gained struct kernel_ethtool_ringparam *
// and struct netlink_ext_ack * arguments in Linux 5.17 ("ethtool: add support to
// set/get tx copybreak buf size via ethtool", 74624944f9e0).  On kernels without
// them (BPC_ETHTOOL_KERNEL_RINGPARAM unset) the ops point at a two-argument
// wrapper that calls the 7.2 function with NULLs.
@ops@
identifier o, get;
@@
struct ethtool_ops o = {
	.get_ringparam = get,
};

@getfn@
identifier ops.get, dev, rp, krp, ack;
fresh identifier bp_get = "bp_" ## get;
@@
void get(struct net_device *dev, struct ethtool_ringparam *rp,
	 struct kernel_ethtool_ringparam *krp, struct netlink_ext_ack *ack)
{
...
}
+#ifndef BPC_ETHTOOL_KERNEL_RINGPARAM
+static void bp_get(struct net_device *dev, struct ethtool_ringparam *rp)
+{
+	get(dev, rp, NULL, NULL);
+}
+#endif

@@
identifier ops.o, ops.get, getfn.bp_get;
@@
struct ethtool_ops o = {
+#ifdef BPC_ETHTOOL_KERNEL_RINGPARAM
	.get_ringparam = get,
+#else
+	.get_ringparam = bp_get,
+#endif
};

@sops@
identifier o, set;
@@
struct ethtool_ops o = {
	.set_ringparam = set,
};

@setfn@
identifier sops.set, dev, rp, krp, ack;
fresh identifier bp_set = "bp_" ## set;
@@
int set(struct net_device *dev, struct ethtool_ringparam *rp,
	struct kernel_ethtool_ringparam *krp, struct netlink_ext_ack *ack)
{
...
}
+#ifndef BPC_ETHTOOL_KERNEL_RINGPARAM
+static int bp_set(struct net_device *dev, struct ethtool_ringparam *rp)
+{
+	return set(dev, rp, NULL, NULL);
+}
+#endif

@@
identifier sops.o, sops.set, setfn.bp_set;
@@
struct ethtool_ops o = {
+#ifdef BPC_ETHTOOL_KERNEL_RINGPARAM
	.set_ringparam = set,
+#else
+	.set_ringparam = bp_set,
+#endif
};
