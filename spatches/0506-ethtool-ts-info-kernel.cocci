// Upstream: 2111375b85ad ("net: Add struct kernel_ethtool_ts_info")
// Version: v6.11
// Decided-by: probe BPC_KERNEL_ETHTOOL_TS_INFO (compat/probes/kernel_ethtool_ts_info.c, shared with the bluetooth backport)
// Subsystems: ethernet
// Prefilter: kernel_ethtool_ts_info
//
// Since v6.11 ethtool_ops.get_ts_info() fills a struct kernel_ethtool_ts_info; older kernels
// pass the uAPI struct ethtool_ts_info. Where the target lacks the new form, the ops point to
// a wrapper of the old form that hands the driver a kernel_ethtool_ts_info (compat type in
// backport-include/linux/ethtool.h, seeded with what the core preset) and copies the answer
// back. Only callbacks defined in the file are wrapped (ethtool_op_get_ts_info stays).

@r@
identifier ops, fn;
@@
struct ethtool_ops ops = {
	.get_ts_info = fn,
};

@d@
identifier r.fn, dev, info;
type T;
@@
T fn(struct net_device *dev, struct kernel_ethtool_ts_info *info) { ... }

@depends on d@
identifier r.ops, r.fn;
fresh identifier wrap = "bp_" ## ops ## "_get_ts_info";
@@
+#ifdef BPC_KERNEL_ETHTOOL_TS_INFO
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, struct ethtool_ts_info *info)
+{
+	struct kernel_ethtool_ts_info kinfo = {
+		.cmd = info->cmd,
+		.so_timestamping = info->so_timestamping,
+		.phc_index = info->phc_index,
+	};
+	int ret = fn(dev, &kinfo);
+
+	info->so_timestamping = kinfo.so_timestamping;
+	info->phc_index = kinfo.phc_index;
+	info->tx_types = kinfo.tx_types;
+	info->rx_filters = kinfo.rx_filters;
+	return ret;
+}
+#endif
+
struct ethtool_ops ops = {
	.get_ts_info =
-	fn
+	wrap
	,
};
