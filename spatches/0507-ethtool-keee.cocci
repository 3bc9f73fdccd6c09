// Upstream: d80a52335374 ("ethtool: replace struct ethtool_eee with a new struct ethtool_keee on kernel side")
// Version: v6.9
// Decided-by: probe BPC_ETHTOOL_KEEE (probes/ethtool_keee.c)
// Subsystems: ethernet
// Prefilter: ethtool_keee
//
// Since v6.9 ethtool_ops.get_eee()/.set_eee() take struct ethtool_keee (link-mode bitmaps);
// older kernels pass the uAPI struct ethtool_eee (legacy u32 masks). Where the target lacks
// the new form, the ops point to wrappers of the old form that convert with
// bp_ethtool_eee_to_keee()/bp_ethtool_keee_to_eee() (backport-include/linux/ethtool.h).
// EEE link modes beyond the legacy 32-bit mask cannot be reported there (old uAPI limit).
// Every callback a 7.2 ethtool_ops names takes ethtool_keee (the member's type), so the rule
// wraps whatever the initializer names, including phylib helpers defined elsewhere.

@rg@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.get_eee = fn,
};

@depends on rg@
identifier rg.ops, rg.fn;
fresh identifier wrap = "bp_" ## ops ## "_get_eee";
@@
+#ifdef BPC_ETHTOOL_KEEE
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, struct ethtool_eee *e)
+{
+	struct ethtool_keee keee = {};
+	int ret;
+
+	bp_ethtool_eee_to_keee(&keee, e);
+	ret = fn(dev, &keee);
+	if (!ret)
+		bp_ethtool_keee_to_eee(e, &keee);
+	return ret;
+}
+#endif
+
struct ethtool_ops ops = {
	.get_eee =
-	fn
+	wrap
	,
};

@rs@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.set_eee = fn,
};

@depends on rs@
identifier rs.ops, rs.fn;
fresh identifier wrap = "bp_" ## ops ## "_set_eee";
@@
+#ifdef BPC_ETHTOOL_KEEE
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, struct ethtool_eee *e)
+{
+	struct ethtool_keee keee = {};
+
+	bp_ethtool_eee_to_keee(&keee, e);
+	return fn(dev, &keee);
+}
+#endif
+
struct ethtool_ops ops = {
	.set_eee =
-	fn
+	wrap
	,
};
