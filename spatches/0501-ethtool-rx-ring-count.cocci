// Upstream: ethtool_ops gained .get_rx_ring_count() (the core asks it instead of ETHTOOL_GRXRINGS)
// Version: v6.19
// Decided-by: probe BPC_ETHTOOL_GET_RX_RING_COUNT (probes/ethtool_get_rx_ring_count.c)
// Subsystems: ethernet
// Prefilter: get_rx_ring_count
//
// Since v6.19 the ethtool core asks ethtool_ops.get_rx_ring_count() for the number of RX
// rings, and drivers dropped their ETHTOOL_GRXRINGS case from .get_rxnfc(). Older kernels
// have no such member and ask .get_rxnfc(ETHTOOL_GRXRINGS) (ethtool -n/-x, RSS indirection
// sizing). Where the target lacks the member, .get_rxnfc becomes a wrapper that answers
// ETHTOOL_GRXRINGS from the driver's get_rx_ring_count() and hands every other command to
// the driver's get_rxnfc(); the .get_rx_ring_count initializer is kept only where the member
// exists. Ops with get_rx_ring_count but no get_rxnfc (tg3, xgbe, ena, bnx2x, mvneta, stmmac,
// ... in allyesconfig) get a .get_rxnfc of their own that answers ETHTOOL_GRXRINGS where the
// member is missing and -EOPNOTSUPP for everything else (what the core answers without a
// .get_rxnfc); a later rule (0508) may wrap it in turn. A file whose ops tables mix both
// forms takes only the first (the second is a file-level "depends on !r").

@r@
identifier ops, ringfn, getfn;
@@
struct ethtool_ops ops = {
	.get_rxnfc = getfn,
	.get_rx_ring_count = ringfn,
};

@depends on r@
identifier r.ops, r.ringfn, r.getfn;
fresh identifier wrap = "bp_" ## ops ## "_get_rxnfc";
@@
+#ifdef BPC_ETHTOOL_GET_RX_RING_COUNT
+#define wrap getfn
+#else
+static int wrap(struct net_device *dev, struct ethtool_rxnfc *cmd, u32 *rule_locs)
+{
+	if (cmd->cmd == ETHTOOL_GRXRINGS) {
+		cmd->data = ringfn(dev);
+		return 0;
+	}
+	return getfn(dev, cmd, rule_locs);
+}
+#endif
+
struct ethtool_ops ops = {
	.get_rxnfc =
-	getfn
+	wrap
	,
-	.get_rx_ring_count = ringfn,
+#ifdef BPC_ETHTOOL_GET_RX_RING_COUNT
+	.get_rx_ring_count = ringfn,
+#endif
};

@r0 depends on !r@
identifier ops, ringfn;
@@
struct ethtool_ops ops = {
	.get_rx_ring_count = ringfn,
};

@depends on r0@
identifier r0.ops, r0.ringfn;
fresh identifier wrap = "bp_" ## ops ## "_get_rxnfc";
@@
+static int wrap(struct net_device *dev, struct ethtool_rxnfc *cmd, u32 *rule_locs)
+{
+#ifndef BPC_ETHTOOL_GET_RX_RING_COUNT
+	if (cmd->cmd == ETHTOOL_GRXRINGS) {
+		cmd->data = ringfn(dev);
+		return 0;
+	}
+#endif
+	return -EOPNOTSUPP;
+}
+
struct ethtool_ops ops = {
-	.get_rx_ring_count = ringfn,
+#ifdef BPC_ETHTOOL_GET_RX_RING_COUNT
+	.get_rx_ring_count = ringfn,
+#endif
+	.get_rxnfc = wrap,
};
