// Upstream: ethtool_ops.supported_input_xfrm, RXH_XFRM_* (ethtool: RSS input transformation, symmetric-xor hashing)
// Version: v6.8
// Decided-by: probe BPC_ETHTOOL_OPS_SUPPORTED_INPUT_XFRM (compat/probes/ethtool_ops_supported_input_xfrm.c)
// Subsystems: ethernet
// Prefilter: supported_input_xfrm
//
// An older ethtool core has no input_xfrm in its uAPI: it never asks a driver for a
// symmetric hash, so the mask of transformations the driver supports has no reader
// there. The initializer is kept only where the member exists; the RXH_XFRM_* bits the
// drivers test come from compat linux/ethtool.h, and the compat .set_rxfh wrappers pass
// input_xfrm = 0 (no transformation), so those drivers keep or restore their plain hash.

@@
identifier ops;
expression E;
@@
struct ethtool_ops ops = {
-	.supported_input_xfrm = E,
+#ifdef BPC_ETHTOOL_OPS_SUPPORTED_INPUT_XFRM
+	.supported_input_xfrm = E,
+#endif
};
