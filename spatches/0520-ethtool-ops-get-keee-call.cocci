// Upstream: ethtool_ops.get_eee() takes struct ethtool_keee (commit d80a52335374), drivers call their own op with one
// Version: v6.9
// Decided-by: probe BPC_ETHTOOL_KEEE (spatches/0507-ethtool-keee), in compat linux/ethtool.h
// Subsystems: ethernet
// Prefilter: get_eee
//
// A driver that calls dev->ethtool_ops->get_eee(dev, &keee) itself (ixgbe) passes a struct
// ethtool_keee; before v6.9 the op in its table is rule 0507's wrapper of the old form,
// which takes struct ethtool_eee. The call becomes bp_ethtool_ops_get_keee(ops, dev, keee):
// the op itself where the target has keee, a conversion from ethtool_eee before.

@@
expression O, D, K;
@@
-O->get_eee(D, K)
+bp_ethtool_ops_get_keee(O, D, K)
