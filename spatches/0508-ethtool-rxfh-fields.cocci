// Upstream: ethtool_ops gained .get_rxfh_fields()/.set_rxfh_fields() (RSS hash fields out of get/set_rxnfc)
// Version: v6.16 (Debian's 6.12.117 carries it)
// Decided-by: probe BPC_ETHTOOL_RXFH_FIELDS (probes/ethtool_rxfh_fields.c)
// Subsystems: ethernet
// Prefilter: get_rxfh_fields || set_rxfh_fields
//
// Since v6.16 the RSS hash fields of a flow type are read and set through
// ethtool_ops.get_rxfh_fields()/.set_rxfh_fields() (struct ethtool_rxfh_fields); before,
// the core sent ETHTOOL_GRXFH/ETHTOOL_SRXFH to .get_rxnfc()/.set_rxnfc(). Where the target
// lacks the new members, .get_rxnfc/.set_rxnfc become wrappers that answer those two
// commands through the driver's rxfh_fields callbacks and pass every other command on to the
// driver's own rxnfc callback (or answer -EOPNOTSUPP when the ops have none, as e1000e's).
// The compat type struct ethtool_rxfh_fields is in backport-include/linux/ethtool.h.

@rg@
identifier ops, ff, nfc;
@@
struct ethtool_ops ops = {
	.get_rxnfc = nfc,
	.get_rxfh_fields = ff,
};

@depends on rg@
identifier rg.ops, rg.ff, rg.nfc;
fresh identifier wrap = "bp_" ## ops ## "_get_rxnfc_fields";
@@
+#ifdef BPC_ETHTOOL_RXFH_FIELDS
+#define wrap nfc
+#else
+static int wrap(struct net_device *dev, struct ethtool_rxnfc *cmd, u32 *rule_locs)
+{
+	if (cmd->cmd == ETHTOOL_GRXFH)
+		return bp_ethtool_grxfh_by_fields(dev, cmd, ff);
+	return nfc(dev, cmd, rule_locs);
+}
+#endif
+
struct ethtool_ops ops = {
	.get_rxnfc =
-	nfc
+	wrap
	,
};

@rg0 depends on !rg@
identifier ops, ff;
@@
struct ethtool_ops ops = {
	.get_rxfh_fields = ff,
};

@depends on rg0@
identifier rg0.ops, rg0.ff;
fresh identifier wrap = "bp_" ## ops ## "_get_rxnfc_fields";
@@
+#ifndef BPC_ETHTOOL_RXFH_FIELDS
+static int wrap(struct net_device *dev, struct ethtool_rxnfc *cmd, u32 *rule_locs)
+{
+	if (cmd->cmd == ETHTOOL_GRXFH)
+		return bp_ethtool_grxfh_by_fields(dev, cmd, ff);
+	return -EOPNOTSUPP;
+}
+#endif
+
struct ethtool_ops ops = {
-	.get_rxfh_fields = ff,
+#ifdef BPC_ETHTOOL_RXFH_FIELDS
+	.get_rxfh_fields = ff,
+#else
+	.get_rxnfc = wrap,
+#endif
};

@rs@
identifier ops, ff, nfc;
@@
struct ethtool_ops ops = {
	.set_rxnfc = nfc,
	.set_rxfh_fields = ff,
};

@depends on rs@
identifier rs.ops, rs.ff, rs.nfc;
fresh identifier wrap = "bp_" ## ops ## "_set_rxnfc_fields";
@@
+#ifdef BPC_ETHTOOL_RXFH_FIELDS
+#define wrap nfc
+#else
+static int wrap(struct net_device *dev, struct ethtool_rxnfc *cmd)
+{
+	if (cmd->cmd == ETHTOOL_SRXFH)
+		return bp_ethtool_srxfh_by_fields(dev, cmd, ff);
+	return nfc(dev, cmd);
+}
+#endif
+
struct ethtool_ops ops = {
	.set_rxnfc =
-	nfc
+	wrap
	,
};

@rs0 depends on !rs@
identifier ops, ff;
@@
struct ethtool_ops ops = {
	.set_rxfh_fields = ff,
};

@depends on rs0@
identifier rs0.ops, rs0.ff;
fresh identifier wrap = "bp_" ## ops ## "_set_rxnfc_fields";
@@
+#ifndef BPC_ETHTOOL_RXFH_FIELDS
+static int wrap(struct net_device *dev, struct ethtool_rxnfc *cmd)
+{
+	if (cmd->cmd == ETHTOOL_SRXFH)
+		return bp_ethtool_srxfh_by_fields(dev, cmd, ff);
+	return -EOPNOTSUPP;
+}
+#endif
+
struct ethtool_ops ops = {
-	.set_rxfh_fields = ff,
+#ifdef BPC_ETHTOOL_RXFH_FIELDS
+	.set_rxfh_fields = ff,
+#else
+	.set_rxnfc = wrap,
+#endif
};

@depends on rg@
identifier ops, ff;
@@
struct ethtool_ops ops = {
-	.get_rxfh_fields = ff,
+#ifdef BPC_ETHTOOL_RXFH_FIELDS
+	.get_rxfh_fields = ff,
+#endif
};

@depends on rs@
identifier ops, ff;
@@
struct ethtool_ops ops = {
-	.set_rxfh_fields = ff,
+#ifdef BPC_ETHTOOL_RXFH_FIELDS
+	.set_rxfh_fields = ff,
+#endif
};
