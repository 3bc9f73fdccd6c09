// Upstream: struct phylink_pcs.neg_mode removed, every PCS method takes the PHYLINK_PCS_NEG_* mode (v6.15, "net: phylink: remove neg_mode from struct phylink_pcs"); the member was added in v6.5 ("net: phylink: add pcs_neg_mode")
// Version: v6.15 (Debian 6.12.117 has the member)
// Decided-by: BPC_PHYLINK_PCS_NEG_MODE (compat/probes/phylink_pcs_neg_mode.c, which linux/phylink.h tests)
// Subsystems: ethernet
// Prefilter: phylink_pcs || phylink_pcs_ops
//
// A 7.2 PCS driver writes its .pcs_config()/.pcs_link_up() for the PHYLINK_PCS_NEG_* mode
// and no longer says so: a phylink of v6.5 to v6.14 passes that mode only to a PCS with
// neg_mode set, and the MLO_AN_* mode to the others (MLO_AN_INBAND, 2, reads there as
// PHYLINK_PCS_NEG_INBAND_DISABLED). Where the member exists the driver sets it, right after
// it installs the ops (compat bp_phylink_pcs_set_neg_mode(), nothing where it is missing).
// The ops are recognised by their declaration in the file, or, in a file that declares none
// (lan966x, sparx5 install a table another file defines), by the name the drivers give
// such tables (*_pcs_ops).
// Before v6.5 the PCS methods always get MLO_AN_*: not handled here.

@r_ops@
identifier pcs_ops;
@@
struct phylink_pcs_ops pcs_ops = {...};

@depends on r_ops@
identifier r_ops.pcs_ops;
expression E;
@@
  E.ops = &pcs_ops;
+ bp_phylink_pcs_set_neg_mode(&E);

@depends on !r_ops@
identifier pcs_ops =~ "_pcs_ops$";
expression E;
@@
  E.ops = &pcs_ops;
+ bp_phylink_pcs_set_neg_mode(&E);
