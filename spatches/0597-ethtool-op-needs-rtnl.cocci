// Upstream: ethtool_ops.op_needs_rtnl, the ETHTOOL_OP_NEEDS_RTNL_* bits (net: ops-locked drivers opt back into rtnl per ethtool operation)
// Version: newer than v6.12 (7.x)
// Decided-by: probe BPC_ETHTOOL_OPS_OP_NEEDS_RTNL (compat/probes/ethtool_ops_op_needs_rtnl.c)
// Subsystems: ethernet
// Prefilter: op_needs_rtnl
//
// A 7.x core calls the ethtool ops of an "ops locked" driver under the netdev instance
// lock only, and takes rtnl as well for the operations the driver names in
// .op_needs_rtnl. An older core takes rtnl around every ethtool operation, so there the
// mask asks for nothing the core does not already do: the initializer is kept only
// where the target has the member.

@@
identifier ops;
expression E;
@@
struct ethtool_ops ops = {
-	.op_needs_rtnl = E,
+#ifdef BPC_ETHTOOL_OPS_OP_NEEDS_RTNL
+	.op_needs_rtnl = E,
+#endif
};
