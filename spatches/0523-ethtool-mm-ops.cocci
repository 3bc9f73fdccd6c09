// Upstream: ethtool MAC Merge ops .get_mm/.set_mm/.get_mm_stats (802.3 clause 99 frame preemption)
// Version: v6.3
// Decided-by: probe BPC_ETHTOOL_MM_STATE (compat/probes/ethtool_mm_state.c)
// Subsystems: ethernet
// Prefilter: get_mm
//
// Older kernels have no MAC Merge in ethtool: the initializers are kept only where the
// members exist. The MAC Merge types are compat (linux/ethtool.h), so the callbacks and the
// driver's frame preemption code still build (and stay at their defaults: pMAC and
// preemptible TX off); a __maybe_unused pointer keeps each callback referenced there, so
// neither it nor the helpers it calls are reported unused.

@r_get_mm@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.get_mm = fn,
};

@depends on r_get_mm@
identifier r_get_mm.ops, r_get_mm.fn;
fresh identifier keep = "bp_" ## ops ## "_get_mm";
attribute name __maybe_unused;
@@
+#ifndef BPC_ETHTOOL_MM_STATE
+static const void *const keep __maybe_unused = fn;
+#endif
+
struct ethtool_ops ops = {
-	.get_mm = fn,
+#ifdef BPC_ETHTOOL_MM_STATE
+	.get_mm = fn,
+#endif
};

@r_set_mm@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.set_mm = fn,
};

@depends on r_set_mm@
identifier r_set_mm.ops, r_set_mm.fn;
fresh identifier keep = "bp_" ## ops ## "_set_mm";
attribute name __maybe_unused;
@@
+#ifndef BPC_ETHTOOL_MM_STATE
+static const void *const keep __maybe_unused = fn;
+#endif
+
struct ethtool_ops ops = {
-	.set_mm = fn,
+#ifdef BPC_ETHTOOL_MM_STATE
+	.set_mm = fn,
+#endif
};

@r_get_mm_stats@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.get_mm_stats = fn,
};

@depends on r_get_mm_stats@
identifier r_get_mm_stats.ops, r_get_mm_stats.fn;
fresh identifier keep = "bp_" ## ops ## "_get_mm_stats";
attribute name __maybe_unused;
@@
+#ifndef BPC_ETHTOOL_MM_STATE
+static const void *const keep __maybe_unused = fn;
+#endif
+
struct ethtool_ops ops = {
-	.get_mm_stats = fn,
+#ifdef BPC_ETHTOOL_MM_STATE
+	.get_mm_stats = fn,
+#endif
};
