// Upstream: ethtool_ops.get_link_ext_stats() (PHY link-down counter, struct ethtool_link_ext_stats)
// Version: newer than v6.1, in v6.12
// Decided-by: probe BPC_ETHTOOL_LINK_EXT_STATS (compat/probes/ethtool_link_ext_stats.c)
// Subsystems: ethernet
// Prefilter: get_link_ext_stats
//
// Older kernels have no such op and no way to ask for the counter: the initializer is kept
// only where the member exists, and so is the callback (which would be unused otherwise);
// compat linux/ethtool.h defines the struct for the callback's prototype.

@r@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.get_link_ext_stats = fn,
};

@depends on r@
identifier r.ops, r.fn;
@@
struct ethtool_ops ops = {
-	.get_link_ext_stats = fn,
+#ifdef BPC_ETHTOOL_LINK_EXT_STATS
+	.get_link_ext_stats = fn,
+#endif
};

@depends on r@
identifier r.fn;
@@
+#ifdef BPC_ETHTOOL_LINK_EXT_STATS
fn(...) { ... }
+#endif
