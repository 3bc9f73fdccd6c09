// Upstream: ethtool_ops.get_fec_stats() gained a struct ethtool_fec_hist * (the FEC error histogram)
// Version: newer than v6.12
// Decided-by: probe BPC_ETHTOOL_FEC_HIST (compat/probes/ethtool_fec_hist.c)
// Subsystems: ethernet
// Prefilter: get_fec_stats
//
// The 7.x core always passes a histogram buffer (bnxt, mlx5 and fbnic write into it
// unchecked). Where the target's op takes only the stats (6.12, 6.1), the ops point to a
// wrapper of the old form that hands the driver a zeroed buffer of its own (compat
// linux/ethtool.h defines the struct there) and drops it afterwards: the old core has no
// attribute to report a histogram. Only callbacks defined in the file are wrapped.

@r@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.get_fec_stats = fn,
};

@d@
identifier r.fn, dev, stats, hist;
@@
void fn(struct net_device *dev, struct ethtool_fec_stats *stats, struct ethtool_fec_hist *hist) { ... }

@depends on d@
identifier r.ops, r.fn;
fresh identifier wrap = "bp_" ## ops ## "_get_fec_stats";
@@
+#ifdef BPC_ETHTOOL_FEC_HIST
+#define wrap fn
+#else
+static void wrap(struct net_device *dev, struct ethtool_fec_stats *stats)
+{
+	struct ethtool_fec_hist *hist = kzalloc(sizeof(*hist), GFP_KERNEL);
+
+	if (!hist)
+		return;
+	fn(dev, stats, hist);
+	kfree(hist);
+}
+#endif
+
struct ethtool_ops ops = {
	.get_fec_stats =
-	fn
+	wrap
	,
};
