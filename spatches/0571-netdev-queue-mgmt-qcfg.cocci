// Upstream: struct netdev_queue_config: ndo_queue_mem_alloc()/ndo_queue_start() take the queue's configuration; ndo_default_qcfg(), ndo_validate_qcfg(), supported_params
// Version: newer than v6.12
// Decided-by: probe BPC_NETDEV_QUEUE_CONFIG (compat/probes/netdev_queue_config.c)
// Subsystems: ethernet
// Prefilter: netdev_queue_mgmt_ops
//
// The 7.x core hands the queue management callbacks a per-queue configuration (today the
// Rx page size a memory provider asks for), zeroed, filled by the driver's
// ndo_default_qcfg() and checked by its ndo_validate_qcfg() before the user's settings.
// A 6.12 core (devmem TCP's queue restart) calls the old forms without one and nobody can
// ask for a page size: the ops point to wrappers of the old form that pass a zeroed config
// filled by the table's ndo_default_qcfg() where it has one, i.e. the driver's defaults.
// The qcfg-only members are kept only where they exist; an ndo_validate_qcfg() left
// without a caller is kept referenced (no unused warning).

@ra@
identifier ops, fn;
@@
struct netdev_queue_mgmt_ops ops = {
	.ndo_queue_mem_alloc = fn,
};

@qa@
identifier ra.ops, dfn;
@@
struct netdev_queue_mgmt_ops ops = {
	.ndo_default_qcfg = dfn,
};

@depends on ra && qa@
identifier ra.ops, ra.fn, qa.dfn;
fresh identifier wrap = "bp_" ## ops ## "_queue_mem_alloc";
@@
+#ifdef BPC_NETDEV_QUEUE_CONFIG
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, void *per_queue_mem, int idx)
+{
+	struct netdev_queue_config qcfg = {};
+
+	dfn(dev, &qcfg);
+	return fn(dev, &qcfg, per_queue_mem, idx);
+}
+#endif
+
struct netdev_queue_mgmt_ops ops = {
	.ndo_queue_mem_alloc =
-	fn
+	wrap
	,
};

@depends on ra && !qa@
identifier ra.ops, ra.fn;
fresh identifier wrap = "bp_" ## ops ## "_queue_mem_alloc";
@@
+#ifdef BPC_NETDEV_QUEUE_CONFIG
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, void *per_queue_mem, int idx)
+{
+	struct netdev_queue_config qcfg = {};
+
+	return fn(dev, &qcfg, per_queue_mem, idx);
+}
+#endif
+
struct netdev_queue_mgmt_ops ops = {
	.ndo_queue_mem_alloc =
-	fn
+	wrap
	,
};

@rs@
identifier ops, fn;
@@
struct netdev_queue_mgmt_ops ops = {
	.ndo_queue_start = fn,
};

@qs@
identifier rs.ops, dfn;
@@
struct netdev_queue_mgmt_ops ops = {
	.ndo_default_qcfg = dfn,
};

@depends on rs && qs@
identifier rs.ops, rs.fn, qs.dfn;
fresh identifier wrap = "bp_" ## ops ## "_queue_start";
@@
+#ifdef BPC_NETDEV_QUEUE_CONFIG
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, void *per_queue_mem, int idx)
+{
+	struct netdev_queue_config qcfg = {};
+
+	dfn(dev, &qcfg);
+	return fn(dev, &qcfg, per_queue_mem, idx);
+}
+#endif
+
struct netdev_queue_mgmt_ops ops = {
	.ndo_queue_start =
-	fn
+	wrap
	,
};

@depends on rs && !qs@
identifier rs.ops, rs.fn;
fresh identifier wrap = "bp_" ## ops ## "_queue_start";
@@
+#ifdef BPC_NETDEV_QUEUE_CONFIG
+#define wrap fn
+#else
+static int wrap(struct net_device *dev, void *per_queue_mem, int idx)
+{
+	struct netdev_queue_config qcfg = {};
+
+	return fn(dev, &qcfg, per_queue_mem, idx);
+}
+#endif
+
struct netdev_queue_mgmt_ops ops = {
	.ndo_queue_start =
-	fn
+	wrap
	,
};

@@
identifier ops, dfn;
@@
struct netdev_queue_mgmt_ops ops = {
-	.ndo_default_qcfg = dfn,
+#ifdef BPC_NETDEV_QUEUE_CONFIG
+	.ndo_default_qcfg = dfn,
+#endif
};

@rv@
identifier ops, vfn;
@@
struct netdev_queue_mgmt_ops ops = {
	.ndo_validate_qcfg = vfn,
};

@depends on rv@
identifier rv.ops, rv.vfn;
fresh identifier keep = "bp_" ## ops ## "_validate_qcfg";
attribute name __maybe_unused;
@@
+#ifndef BPC_NETDEV_QUEUE_CONFIG
+static const void *const keep __maybe_unused = vfn;
+#endif
+
struct netdev_queue_mgmt_ops ops = {
-	.ndo_validate_qcfg = vfn,
+#ifdef BPC_NETDEV_QUEUE_CONFIG
+	.ndo_validate_qcfg = vfn,
+#endif
};

@@
identifier ops;
expression E;
@@
struct netdev_queue_mgmt_ops ops = {
-	.supported_params = E,
+#ifdef BPC_NETDEV_QUEUE_CONFIG
+	.supported_params = E,
+#endif
};
