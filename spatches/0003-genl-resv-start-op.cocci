// Upstream: 9c5d03d36251 ("genetlink: start to validate reserved header bytes")
// Version: v6.1
// Decided-by: probe BPC_GENL_RESV_START_OP (probes/genl_resv_start_op.c)
// Subsystems: wireless
//
// Since v6.1 a generic netlink family says from which command on the reserved header
// bytes are validated (.resv_start_op). Older kernels have no such field: the
// initializer is kept only where the target knows it.

@@
identifier fam;
expression E;
@@
struct genl_family fam = {
-	.resv_start_op = E,
+#ifdef BPC_GENL_RESV_START_OP
+	.resv_start_op = E,
+#endif
};
