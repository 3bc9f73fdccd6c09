// Upstream: phylink PCS in-band capabilities .pcs_inband_caps() (v6.14); phylink-managed MAC EEE: .mac_disable_tx_lpi/.mac_enable_tx_lpi, phylink_config.lpi_* and eee_enabled_default (v6.14); .pcs_get_state() takes the PCS negotiation mode (v6.15)
// Version: v6.14 / v6.15 (Debian 6.12.117 has none of them)
// Decided-by: probes BPC_PHYLINK_PCS_INBAND_CAPS (compat/probes/phylink_pcs_inband_caps.c), BPC_PHYLINK_MAC_TX_LPI (compat/probes/phylink_mac_tx_lpi.c), BPC_PHYLINK_PCS_GET_STATE_NEG_MODE (compat/probes/phylink_pcs_get_state_neg_mode.c, which linux/phylink.h also tests)
// Subsystems: ethernet
// Prefilter: phylink_pcs_ops || phylink_mac_ops || lpi_interfaces || lpi_capabilities || lpi_timer_default || eee_enabled_default
//
// Older phylink asks a PCS nothing about in-band capabilities and manages no MAC LPI: the
// initializers are kept only where the members exist, with a __maybe_unused pointer that
// keeps each callback (and what it calls) referenced; the statements writing the
// phylink_config LPI members are kept only there too (the MAC then never enters Tx LPI:
// EEE is off on those kernels, as before the drivers' conversion; a call that is the whole
// body of an if gets braces from spatch, so the if is left empty there). Before v6.15 the PCS's
// .pcs_get_state(pcs, state) gets no negotiation mode: the wrapper bp_<ops>_pcs_get_state
// computes it as that phylink does (compat linux/phylink.h), which calls the method only for MLO_AN_INBAND, with
// the interface and advertising it put into the state.

@r_inband@
identifier ops, fn;
@@
struct phylink_pcs_ops ops = {
	.pcs_inband_caps = fn,
};

@depends on r_inband@
identifier r_inband.ops, r_inband.fn;
fresh identifier keep = "bp_" ## ops ## "_pcs_inband_caps";
attribute name __maybe_unused;
@@
+#ifndef BPC_PHYLINK_PCS_INBAND_CAPS
+static const void *const keep __maybe_unused = fn;
+#endif
+
struct phylink_pcs_ops ops = {
-	.pcs_inband_caps = fn,
+#ifdef BPC_PHYLINK_PCS_INBAND_CAPS
+	.pcs_inband_caps = fn,
+#endif
};

@r_getstate@
identifier ops, fn;
@@
struct phylink_pcs_ops ops = {
	.pcs_get_state = fn,
};

@depends on r_getstate@
identifier r_getstate.ops, r_getstate.fn;
fresh identifier wrap = "bp_" ## ops ## "_pcs_get_state";
@@
+#ifdef BPC_PHYLINK_PCS_GET_STATE_NEG_MODE
+#define wrap fn
+#else
+static void wrap(struct phylink_pcs *pcs, struct phylink_link_state *state)
+{
+	fn(pcs, bp_phylink_pcs_inband_neg_mode(state->interface, state->advertising),
+	   state);
+}
+#endif
+
struct phylink_pcs_ops ops = {
-	.pcs_get_state = fn,
+	.pcs_get_state = wrap,
};

@r_dis@
identifier ops, fn;
@@
struct phylink_mac_ops ops = {
	.mac_disable_tx_lpi = fn,
};

@depends on r_dis@
identifier r_dis.ops, r_dis.fn;
fresh identifier keep = "bp_" ## ops ## "_mac_disable_tx_lpi";
attribute name __maybe_unused;
@@
+#ifndef BPC_PHYLINK_MAC_TX_LPI
+static const void *const keep __maybe_unused = fn;
+#endif
+
struct phylink_mac_ops ops = {
-	.mac_disable_tx_lpi = fn,
+#ifdef BPC_PHYLINK_MAC_TX_LPI
+	.mac_disable_tx_lpi = fn,
+#endif
};

@r_en@
identifier ops, fn;
@@
struct phylink_mac_ops ops = {
	.mac_enable_tx_lpi = fn,
};

@depends on r_en@
identifier r_en.ops, r_en.fn;
fresh identifier keep = "bp_" ## ops ## "_mac_enable_tx_lpi";
attribute name __maybe_unused;
@@
+#ifndef BPC_PHYLINK_MAC_TX_LPI
+static const void *const keep __maybe_unused = fn;
+#endif
+
struct phylink_mac_ops ops = {
-	.mac_enable_tx_lpi = fn,
+#ifdef BPC_PHYLINK_MAC_TX_LPI
+	.mac_enable_tx_lpi = fn,
+#endif
};

@@
expression E, X;
identifier f;
identifier fld = {lpi_interfaces, lpi_capabilities, lpi_timer_default, eee_enabled_default};
@@
(
+#ifdef BPC_PHYLINK_MAC_TX_LPI
 E->fld = X;
+#endif
|
+#ifdef BPC_PHYLINK_MAC_TX_LPI
 E.fld = X;
+#endif
|
+#ifdef BPC_PHYLINK_MAC_TX_LPI
 f(..., <+... \(E->fld\|E.fld\) ...+>, ...);
+#endif
)
