// Upstream: the xfrmdev_ops state callbacks take the net_device as first argument; xdo_dev_state_add() gained an extack (v6.2)
// Version: v6.16 (the device argument); v6.2 (extack)
// Decided-by: probes BPC_XDO_DEV_STATE_DEV (probes/xdo_dev_state_dev.c), BPC_XDO_DEV_STATE_ADD_EXTACK (probes/xdo_dev_state_add_extack.c)
// Subsystems: ethernet
// Prefilter: xfrmdev_ops
//
// Since v6.16 the IPsec offload callbacks .xdo_dev_state_add/_delete/_free get the
// net_device first; before, the driver took it from xs->xso.real_dev (which the xfrm core
// sets before calling them, on every targeted kernel). Before v6.2 .xdo_dev_state_add had no
// extack. Where the target lacks the new form, the ops point to wrappers of the old form
// that pass xs->xso.real_dev (and a NULL extack before v6.2).

@ra@
identifier ops, fn;
@@
struct xfrmdev_ops ops = {
	.xdo_dev_state_add = fn,
};

@depends on ra@
identifier ra.ops, ra.fn;
fresh identifier wrap = "bp_" ## ops ## "_state_add";
@@
+#if defined(BPC_XDO_DEV_STATE_DEV)
+#define wrap fn
+#elif defined(BPC_XDO_DEV_STATE_ADD_EXTACK)
+static int wrap(struct xfrm_state *xs, struct netlink_ext_ack *extack)
+{
+	return fn(xs->xso.real_dev, xs, extack);
+}
+#else
+static int wrap(struct xfrm_state *xs)
+{
+	return fn(xs->xso.real_dev, xs, NULL);
+}
+#endif
+
struct xfrmdev_ops ops = {
	.xdo_dev_state_add =
-	fn
+	wrap
	,
};

@rd@
identifier ops, fn;
@@
struct xfrmdev_ops ops = {
	.xdo_dev_state_delete = fn,
};

@depends on rd@
identifier rd.ops, rd.fn;
fresh identifier wrap = "bp_" ## ops ## "_state_delete";
@@
+#ifdef BPC_XDO_DEV_STATE_DEV
+#define wrap fn
+#else
+static void wrap(struct xfrm_state *xs)
+{
+	fn(xs->xso.real_dev, xs);
+}
+#endif
+
struct xfrmdev_ops ops = {
	.xdo_dev_state_delete =
-	fn
+	wrap
	,
};

@rf@
identifier ops, fn;
@@
struct xfrmdev_ops ops = {
	.xdo_dev_state_free = fn,
};

@depends on rf@
identifier rf.ops, rf.fn;
fresh identifier wrap = "bp_" ## ops ## "_state_free";
@@
+#ifdef BPC_XDO_DEV_STATE_DEV
+#define wrap fn
+#else
+static void wrap(struct xfrm_state *xs)
+{
+	fn(xs->xso.real_dev, xs);
+}
+#endif
+
struct xfrmdev_ops ops = {
	.xdo_dev_state_free =
-	fn
+	wrap
	,
};

// Callers of another driver's xfrmdev_ops (cxgb4 forwards its states to the ch_ipsec ULD,
// whose table this rule gave the target's form): the call takes the target's arguments.

@@
expression E, D, X, A, R;
@@
- R = E->xdo_dev_state_add(D, X, A);
+#if defined(BPC_XDO_DEV_STATE_DEV)
+R = E->xdo_dev_state_add(D, X, A);
+#elif defined(BPC_XDO_DEV_STATE_ADD_EXTACK)
+R = E->xdo_dev_state_add(X, A);
+#else
+R = E->xdo_dev_state_add(X);
+#endif

@@
expression E, D, X;
@@
- E->xdo_dev_state_delete(D, X);
+#ifdef BPC_XDO_DEV_STATE_DEV
+E->xdo_dev_state_delete(D, X);
+#else
+E->xdo_dev_state_delete(X);
+#endif

@@
expression E, D, X;
@@
- E->xdo_dev_state_free(D, X);
+#ifdef BPC_XDO_DEV_STATE_DEV
+E->xdo_dev_state_free(D, X);
+#else
+E->xdo_dev_state_free(X);
+#endif
