// Upstream: ethtool_ops.get_fec_stats(dev, fec_stats, struct ethtool_fec_hist *hist), the FEC error histogram (ethtool FEC_STAT_HIST)
// Version: newer than v6.12
// Decided-by: probe BPC_ETHTOOL_FEC_HIST (compat/probes/ethtool_fec_hist.c, which linux/ethtool.h also tests)
// Subsystems: ethernet
// Prefilter: get_fec_stats
//
// The older op has no histogram argument and the older uAPI no histogram: the ops table
// names bp_<ops>_get_fec_stats, which on such a kernel calls the 7.2 callback with a zeroed
// histogram of its own (kzalloc: the struct is 1.3 kB) and drops it; the counters the
// callback writes into fec_stats are reported as before. The upstream core never passes a
// NULL histogram, and drivers write into it unchecked, so NULL would not do. If the
// allocation fails the counters are not read (the ethtool reply then reports none, as for
// a device without the op's counters). compat linux/ethtool.h defines the types.

@r@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.get_fec_stats = fn,
};

@depends on r@
identifier r.ops, r.fn;
fresh identifier wrap = "bp_" ## ops ## "_get_fec_stats";
@@
+#ifdef BPC_ETHTOOL_FEC_HIST
+#define wrap fn
+#else
+static void wrap(struct net_device *dev, struct ethtool_fec_stats *fec_stats)
+{
+	struct ethtool_fec_hist *hist = kzalloc(sizeof(*hist), GFP_KERNEL);
+
+	if (!hist)
+		return;
+	fn(dev, fec_stats, hist);
+	kfree(hist);
+}
+#endif
+
struct ethtool_ops ops = {
-	.get_fec_stats = fn,
+	.get_fec_stats = wrap,
};
