// Upstream: ethtool_ops .get_rxfh()/.set_rxfh() take struct ethtool_rxfh_param (and an extack)
// Version: v6.8
// Decided-by: probe BPC_ETHTOOL_RXFH_PARAM (probes/ethtool_rxfh_param.c)
// Subsystems: ethernet
// Prefilter: ethtool_rxfh_param
//
// Since v6.8 the RSS indirection table, key and hash function travel in one struct
// ethtool_rxfh_param; older kernels call get_rxfh(dev, indir, key, hfunc) and
// set_rxfh(dev, indir, key, hfunc). Where the target lacks the struct, the ops point to
// wrappers of the old form that fill an ethtool_rxfh_param (compat type and
// bp_ethtool_rxfh_param_init(), backport-include/linux/ethtool.h) and copy the hash function
// back. RSS contexts other than 0 do not exist on those kernels' rxfh path.

@rg@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.get_rxfh = fn,
};

@depends on rg@
identifier rg.ops, rg.fn;
fresh identifier wrap = "bp_" ## ops ## "_get_rxfh";
@@
+#ifdef BPC_ETHTOOL_RXFH_PARAM
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, u32 *indir, u8 *key, u8 *hfunc)
+{
+	struct ethtool_rxfh_param rxfh = { .indir = indir, .key = key };
+	int ret;
+
+	bp_ethtool_rxfh_param_init(dev, &rxfh);
+	ret = fn(dev, &rxfh);
+	if (!ret && hfunc)
+		*hfunc = rxfh.hfunc;
+	return ret;
+}
+#endif
+
struct ethtool_ops ops = {
	.get_rxfh =
-	fn
+	wrap
	,
};

@rs@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.set_rxfh = fn,
};

@depends on rs@
identifier rs.ops, rs.fn;
fresh identifier wrap = "bp_" ## ops ## "_set_rxfh";
@@
+#ifdef BPC_ETHTOOL_RXFH_PARAM
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, const u32 *indir, const u8 *key, const u8 hfunc)
+{
+	struct ethtool_rxfh_param rxfh = {
+		.indir = (u32 *)indir,
+		.key = (u8 *)key,
+		.hfunc = hfunc,
+	};
+
+	bp_ethtool_rxfh_param_init(dev, &rxfh);
+	return fn(dev, &rxfh, NULL);
+}
+#endif
+
struct ethtool_ops ops = {
	.set_rxfh =
-	fn
+	wrap
	,
};
